import type { Document, Node } from 'yaml';
import { yamlLib } from './lazy-yaml.js';

interface Frame {
  items: readonly unknown[];
  next: number;
  /** The scalar keys met so far, for a mapping; undefined for a sequence. */
  seen?: Set<unknown>;
}

/**
 * The first key that repeats one before it in the same mapping, in the order
 * of the file, or undefined. The `yaml` package's own check (`uniqueKeys`)
 * compares each key with every key before it: a 1 MB file of 100,000 keys took
 * two and a half minutes to refuse. This is the same test (two scalar keys with
 * the same value; other keys are never equal) with a set per mapping.
 */
export function firstDuplicateKey(doc: Document.Parsed): Node | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const frames: Frame[] = [];
  const enter = (node: unknown) => {
    if (isMap(node)) frames.push({ items: node.items, next: 0, seen: new Set() });
    else if (isSeq(node)) frames.push({ items: node.items, next: 0 });
  };
  enter(doc.contents);
  // Depth first with a stack of frames, not recursion (nesting is hostile): keys are met in the order of the file.
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next === frame.items.length) {
      frames.pop();
      continue;
    }
    const item = frame.items[frame.next++];
    if (!frame.seen) {
      enter(item);
      continue;
    }
    if (!isPair(item)) continue;
    const { key, value } = item;
    if (isScalar(key) && !Number.isNaN(key.value)) {
      if (frame.seen.has(key.value)) return key;
      frame.seen.add(key.value);
      enter(value);
    } else {
      // A collection as a key: never equal to another key, but it may hold duplicates of its own, before the value's.
      enter(value);
      enter(key);
    }
  }
  return undefined;
}
