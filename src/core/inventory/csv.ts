import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { positionOf } from '../parse/position.js';

export interface CsvTable {
  rows: string[][];
  /** Offset in the text where each row starts, to recover cell positions on error. */
  rowOffsets: number[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 CSV: quoted cells may hold commas, quotes ("") and newlines; CRLF
 * or LF ends a row. Hand-written rather than a library because scoring
 * 100,000 rows must stay well under a second and errors need exact positions;
 * positions are recomputed from `rowOffsets` only when there is an error.
 */
export function parseCsv(text: string, file: string, separator = ','): Result<CsvTable> {
  const COMMA = separator.charCodeAt(0);
  const rows: string[][] = [];
  const rowOffsets: number[] = [];
  const n = text.length;
  let i = 0;
  let nextQuote = text.indexOf('"');
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  while (i < n) {
    const rowStart = i;
    // Fast path: a line without quotes is split as it is.
    // Searched again only once behind us: a file with CR line ends (no LF) stays linear.
    if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf('\n', i);
    const end = nextLf === -1 ? n : nextLf;
    // The next quote is searched again only once it is behind us, keeping this linear.
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
    // A CR alone (old Mac line ends) also ends a row, so such lines take the careful path below.
    if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
    if ((nextQuote === -1 || nextQuote > end) && (nextCr === -1 || nextCr >= end - 1)) {
      const lineEnd = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      i = end + 1;
      if (lineEnd === rowStart) continue;
      rows.push(text.slice(rowStart, lineEnd).split(separator));
      rowOffsets.push(rowStart);
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) return fail(at(text, file, i, 'unterminated quoted cell: a " opens it but none closes it'));
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += text.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          parts += text.slice(j, q);
          i = q + 1;
          break;
        }
        cell = parts;
        const c = text.charCodeAt(i);
        if (i < n && c !== COMMA && c !== LF && c !== CR) return fail(at(text, file, i, 'unexpected text after a closing quote: quote the whole cell'));
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) return fail(at(text, file, j, 'a " inside an unquoted cell: wrap the cell in quotes and double the inner quote'));
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      row.push(cell);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else if (i < n) i++;
      break;
    }
    // Blank lines carry nothing; skipping them keeps a trailing newline harmless.
    if (row.length === 1 && row[0] === '') continue;
    rows.push(row);
    rowOffsets.push(rowStart);
  }
  return ok({ rows, rowOffsets });
}

/** Offset where cell `cellIndex` of the row starting at `rowOffset` begins. */
export function cellOffset(text: string, rowOffset: number, cellIndex: number, separator = ','): number {
  const COMMA = separator.charCodeAt(0);
  let i = rowOffset;
  let cell = 0;
  let quoted = false;
  while (i < text.length && cell < cellIndex) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === COMMA) cell++;
    else if (!quoted && (c === LF || c === CR)) break;
    i++;
  }
  return i;
}

const at = (text: string, file: string, offset: number, message: string): Diagnostic => ({ file, ...positionOf(text, offset), message });
