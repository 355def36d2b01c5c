import jsYaml from 'js-yaml';
import type { Result } from './diagnostics.js';
import { fail, ok } from './diagnostics.js';
import type { Locator } from './zod-diagnostics.js';
import { positionOf } from './position.js';
import { longQuotedScalarError, manyEscapes } from './long-scalar.js';
import { sanitize, truncate } from '../../util/sanitize.js';

/**
 * Above this size, documents are read with js-yaml and positions come from
 * `quickDocument`: the `yaml` package's positioned document costs about a
 * second and 60 MB of memory per MB of input (a 45 MB inventory with one
 * typo took 40 s and 3 GB).
 */
export const QUICK_LOCATE_ABOVE = 1024 * 1024;

/** More references to one anchored mapping or list than this is an alias bomb (as the `yaml` package's maxAliasCount). */
const MAX_ALIAS_USES = 100;

interface QuickDocument extends Locator {
  value: unknown;
}

/**
 * One js-yaml pass that records where each mapping and sequence starts and
 * ends: seconds for 50 MB instead of a minute. Containers are placed
 * exactly; a scalar is found by its key inside its mapping. Duplicate keys,
 * syntax errors and deep nesting are refused as the exact parser refuses them.
 */
export function quickDocument(text: string, file: string): Result<QuickDocument> {
  // js-yaml builds a long escaped string one escape at a time.
  const long = manyEscapes(text) ? longQuotedScalarError(text, file) : undefined;
  if (long) return fail(long);
  const ranges = new Map<object, { start: number; end: number; uses: number }>();
  const starts: number[] = [];
  let bomb = false;
  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      filename: file,
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const start = starts.pop() ?? 0;
        const result: unknown = state.result;
        if (result === null || typeof result !== 'object') return;
        // With aliases one object sits at several paths; the first is where it is written.
        const seen = ranges.get(result);
        if (!seen) ranges.set(result, { start, end: state.position, uses: 0 });
        else if (++seen.uses > MAX_ALIAS_USES) bomb = true;
      },
    });
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      if (/call stack|maxDepth/i.test(error.reason)) return fail({ file, message: 'the file is nested too deeply to read' });
      const mark = error.mark as { line: number; column: number } | undefined;
      return fail({ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: truncate(sanitize(error.reason), 200) });
    }
    if (error instanceof RangeError) return fail({ file, message: 'the file is nested too deeply to read' });
    throw error;
  }
  if (bomb) return fail({ file, message: 'too many aliases: the file expands far beyond its size (alias bomb?)' });
  return ok({ file, value, locate: locator(text, value, ranges) });
}

/** Positions in a big file whose value is already known to parse: no positions if js-yaml refuses it. */
export function quickLocator(text: string, file: string): Locator {
  const doc = quickDocument(text, file);
  return doc.ok ? doc.value : { file, locate: () => undefined };
}

function locator(text: string, root: unknown, ranges: Map<object, { start: number; end: number }>): Locator['locate'] {
  const at = (offset: number) => positionOf(text, skipBlank(text, offset));
  return (path, key = false) => {
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
  };
}

/** Offsets of `key:` (bare or quoted) and of its value, between `start` and `end`. */
function findKey(text: string, key: string, start: number, end: number): { key: number; value: number } | undefined {
  // A regular expression cannot hold a 50 MB key; no key worth pointing at is that long.
  if (key.length > 1000) return undefined;
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
