import jsYaml from 'js-yaml';
import type { Locator } from './zod-diagnostics.js';
import { positionOf } from './inventory/csv.js';
import { findLongQuotedScalar, manyEscapes } from './long-scalar.js';

/**
 * Above this size, positions for error messages come from `quickLocator`:
 * the `yaml` package's positioned document costs about a second per MB
 * (a 45 MB inventory with one typo took 40 s and 3 GB).
 */
export const QUICK_LOCATE_ABOVE = 1024 * 1024;

/**
 * Positions in a big YAML or JSON file from a second js-yaml pass that
 * records where each mapping and sequence starts and ends: seconds for 50 MB
 * instead of a minute. Containers are placed exactly; a scalar is found by
 * its key inside its mapping. A file js-yaml refuses gets no positions.
 */
export function quickLocator(text: string, file: string): Locator {
  // js-yaml builds a long escaped string one escape at a time: not worth it for a position.
  if (manyEscapes(text) && findLongQuotedScalar(text)) return { file, locate: () => undefined };
  const ranges = new Map<object, { start: number; end: number }>();
  const starts: number[] = [];
  let root: unknown;
  try {
    root = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const start = starts.pop() ?? 0;
        const result: unknown = state.result;
        // With aliases one object sits at several paths; the first is where it is written.
        if (result !== null && typeof result === 'object' && !ranges.has(result)) ranges.set(result, { start, end: state.position });
      },
    });
  } catch {
    return { file, locate: () => undefined };
  }
  const at = (offset: number) => positionOf(text, skipBlank(text, offset));
  return {
    file,
    locate(path, key = false) {
      let node = root;
      let range = typeof root === 'object' && root !== null ? ranges.get(root) : undefined;
      for (const [index, segment] of path.entries()) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
        const child: unknown = (node as Record<PropertyKey, unknown>)[segment];
        const last = index === path.length - 1;
        const childRange = child !== null && typeof child === 'object' ? ranges.get(child) : undefined;
        if (childRange && !(last && key)) {
          node = child;
          range = childRange;
          continue;
        }
        // A scalar, or the key itself: look for the key inside its mapping.
        if (typeof segment === 'string' && range && !Array.isArray(node)) {
          const found = findKey(text, segment, range.start, range.end);
          if (found) return at(key ? found.key : found.value);
        }
        break;
      }
      return range ? at(range.start) : undefined;
    },
  };
}

/** Offsets of `key:` (bare or quoted) and of its value, between `start` and `end`. */
function findKey(text: string, key: string, start: number, end: number): { key: number; value: number } | undefined {
  const pattern = new RegExp(`(^|[\\s{,])(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\2[ \\t]*:`);
  // A slice of a long string shares its memory: no copy.
  const match = pattern.exec(text.slice(start, end));
  if (!match) return undefined;
  const keyAt = start + match.index + (match[1]?.length ?? 0);
  return { key: keyAt, value: skipBlank(text, start + match.index + match[0].length) };
}

/** Past spaces, line breaks and comments, to the first character of a node. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (text.charAt(i) !== '#') return i;
    while (i < text.length && text.charAt(i) !== '\n') i++;
  }
}
