import type { Document, Node } from 'yaml';
import { yamlLib } from './lazy-yaml.js';
import type { Diagnostic, Result } from './diagnostics.js';
import { fail, ok } from './diagnostics.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { longQuotedScalarError } from './long-scalar.js';
import { QUICK_LOCATE_ABOVE, quickDocument } from './quick-locate.js';
import { firstDuplicateKey } from './duplicate-keys.js';

/** A parsed YAML (or JSON) document that can say where any path of it is. */
export interface PositionedDocument {
  file: string;
  value: unknown;
  locate(path: readonly PropertyKey[], key?: boolean): { line: number; column: number } | undefined;
}

/** Limits that keep a hostile file from costing more than a legitimate one. */
export const YAML_LIMITS = { maxAliasCount: 100 } as const;

/**
 * Parses with full positions (the `yaml` package). This is the slow, exact
 * path: used for small files (rules, roadmaps) and to find where an error is
 * in an inventory that the fast path has already rejected.
 */
export function parsePositioned(text: string, file: string): Result<PositionedDocument> {
  if (text.length > QUICK_LOCATE_ABOVE) return quickDocument(text, file);
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const long = longQuotedScalarError(text, file);
  if (long) return fail(long);
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, merge: false });
  } catch (error) {
    return fail(tooDeep(file, error));
  }
  const first = doc.errors[0];
  const duplicate = firstDuplicateKey(doc)?.range?.[0];
  if (duplicate !== undefined && (first === undefined || duplicate < first.pos[0])) {
    const pos = lineCounter.linePos(duplicate);
    return fail({ file, line: pos.line, column: pos.col, message: describeYamlError('DUPLICATE_KEY', '') });
  }
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    if (/call stack/i.test(first.message)) return fail(tooDeep(file, new RangeError(first.message)));
    return fail({ file, line: pos.line, column: pos.col, message: describeYamlError(first.code, first.message) });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError && !/alias/i.test(message)) return fail(tooDeep(file, error));
    return fail({ file, message: /alias/i.test(message) ? 'too many aliases: the file expands far beyond its size (alias bomb?)' : sanitize(message) });
  }
  const locate = (path: readonly PropertyKey[], key = false) => {
    const node = nodeAt(doc, path, key);
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return ok({ file, value, locate });
}

/** The node at `path`, or the deepest ancestor that exists. With `key`, the key node of the last segment. */
function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[], key: boolean): Node | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return found;
      if (last && key && isScalar(pair.key)) return pair.key;
      node = pair.value;
      found = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (!node) return found;
      found = node as Node;
    } else {
      return found;
    }
  }
  return found;
}

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear only once in a mapping';
  const firstLine = message.split('\n')[0] ?? message;
  // The message may quote a whole token of the file: keep the line short.
  return truncate(sanitize(firstLine.replace(/ at line \d+, column \d+:?$/, '')), 200);
}

/** Parsers recurse; a stack overflow on hostile nesting becomes a plain message. */
export const isStackOverflow = (error: unknown): boolean => error instanceof RangeError || (error instanceof Error && /call stack/i.test(error.message));

export function tooDeep(file: string, error: unknown): Diagnostic {
  if (isStackOverflow(error)) return { file, message: 'the file is nested too deeply to read' };
  return { file, message: sanitize(error instanceof Error ? error.message : String(error)) };
}
