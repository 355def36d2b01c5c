import { CST, Lexer } from 'yaml';

/**
 * The `yaml` package builds a double-quoted string one character at a time:
 * a 50 MB quoted string costs seconds and gigabytes before any schema can
 * refuse it. No file the tool reads needs a quoted string anywhere near this
 * long (the longest text any schema accepts is 2,000 characters).
 */
export const MAX_QUOTED_SCALAR = 1024 * 1024;

/**
 * The first double-quoted scalar longer than `limit`, with its offset.
 * A quick scan first: every double-quoted scalar lies between two unescaped
 * `"`, so if no two are further apart than `limit`, none is longer. Only
 * when some gap is (a long file without quotes, say) does the lexer decide.
 */
export function findLongQuotedScalar(text: string, limit = MAX_QUOTED_SCALAR): { offset: number; length: number } | undefined {
  if (text.length <= limit) return undefined;
  let previous = -1;
  let suspect = false;
  for (let q = text.indexOf('"'); q !== -1 && !suspect; q = text.indexOf('"', q + 1)) {
    if (isEscaped(text, q)) continue;
    suspect = q - previous > limit;
    previous = q;
  }
  if (!suspect && text.length - previous <= limit) return undefined;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.length > limit && CST.tokenType(token) === 'double-quoted-scalar') return { offset, length: token.length };
    // The lexer's one-character mode markers are not source text.
    if (token !== CST.DOCUMENT && token !== CST.FLOW_END && token !== CST.SCALAR) offset += token.length;
  }
  return undefined;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}
