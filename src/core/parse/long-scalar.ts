import { yamlLib } from './lazy-yaml.js';
import type { Diagnostic } from './diagnostics.js';
import { positionOf } from './position.js';

/**
 * The `yaml` package builds a double-quoted string one character at a time,
 * and js-yaml one escape at a time: a 50 MB quoted string costs seconds and
 * gigabytes before any schema can refuse it. No file the tool reads needs a
 * quoted string anywhere near this long (the longest text any schema
 * accepts is 2,000 characters).
 */
export const MAX_QUOTED_SCALAR = 1024 * 1024;

/** Below this many escapes the parsers take well under a second, however the strings are laid out. */
const MANY_ESCAPES = 1_000_000;

/**
 * The first quoted scalar longer than `limit`, with its offset. A quick scan
 * first: every double-quoted scalar lies between two unescaped `"`, so if no
 * two are further apart than `limit` and escapes are few, none is too long.
 * Only otherwise does the lexer decide.
 */
export function findLongQuotedScalar(text: string, limit = MAX_QUOTED_SCALAR): { offset: number; length: number } | undefined {
  if (text.length <= limit) return undefined;
  if (!manyEscapes(text) && !longGapBetweenQuotes(text, limit)) return undefined;
  const { CST, Lexer } = yamlLib();
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.length > limit) {
      const type = CST.tokenType(token);
      if (type === 'double-quoted-scalar' || type === 'single-quoted-scalar') return { offset, length: token.length };
    }
    // The lexer's one-character mode markers are not source text.
    if (token !== CST.DOCUMENT && token !== CST.FLOW_END && token !== CST.SCALAR) offset += token.length;
  }
  return undefined;
}

function longGapBetweenQuotes(text: string, limit: number): boolean {
  let previous = -1;
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) {
    if (isEscaped(text, q)) continue;
    if (q - previous > limit) return true;
    previous = q;
  }
  return text.length - previous > limit;
}

/** The error for a file holding a quoted string over the limit, if it does. */
export function longQuotedScalarError(text: string, file: string): Diagnostic | undefined {
  const long = findLongQuotedScalar(text);
  if (!long) return undefined;
  return {
    file,
    ...positionOf(text, long.offset),
    message: `a quoted string of ${long.length} characters; strings are limited to ${MAX_QUOTED_SCALAR} characters`,
  };
}

/** Both parsers cope with long strings but not with millions of escapes (`\x` or `''`): counting them is all a normal file costs. */
export function manyEscapes(text: string): boolean {
  let count = 0;
  for (const escape of ['\\', "''"]) {
    for (let i = text.indexOf(escape); i !== -1; i = text.indexOf(escape, i + 2)) if (++count > MANY_ESCAPES) return true;
  }
  return false;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}
