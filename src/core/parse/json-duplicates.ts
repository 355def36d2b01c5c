import type { Diagnostic } from './diagnostics.js';
import { positionOf } from './position.js';
import { sanitize, truncate } from '../../util/sanitize.js';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COLON = 58;

/**
 * JSON.parse keeps the last of two equal keys without a word; an inventory
 * must not be misread that way. This single pass over text that JSON.parse
 * has already accepted finds the first key repeated within one object.
 */
export function findDuplicateJsonKey(text: string, file: string): Diagnostic | undefined {
  const stack: (Set<string> | null)[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return undefined;
        let backslashes = 0;
        for (let k = q - 1; k > i && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
        j = q + 1;
        if (backslashes % 2 === 0) break;
      }
      i = j;
      const keys = stack[stack.length - 1];
      if (keys) {
        let k = i;
        while (k < n && text.charCodeAt(k) <= 32) k++;
        if (text.charCodeAt(k) === COLON) {
          const raw = text.slice(start, i);
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          if (keys.has(key)) {
            return { file, ...positionOf(text, start), message: `duplicate key "${sanitize(truncate(key, 60))}": each key may appear only once in an object` };
          }
          keys.add(key);
        }
      }
      continue;
    }
    if (c === OPEN_OBJECT) stack.push(new Set());
    else if (c === OPEN_ARRAY) stack.push(null);
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) stack.pop();
    i++;
  }
  return undefined;
}
