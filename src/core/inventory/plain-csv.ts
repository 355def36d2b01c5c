/**
 * The common CSV, read without a table of cells: no quotes and LF line ends,
 * so every row is its line split at the separator. Rows become processes
 * straight from the text; a one-digit answer never becomes a string. The
 * result is what `parseCsv` followed by the row loop of `inventoryFromCsv`
 * gives (a property test holds them together); anything else takes that path.
 */
export const isPlainCsv = (text: string): boolean => text.indexOf('"') === -1 && text.indexOf('\r') === -1;

/** The first non-empty line of a plain CSV, split; undefined when there is none. */
export function firstPlainRow(text: string, separator: string): { cells: string[]; offset: number; end: number } | undefined {
  let i = 0;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    if (end > i) return { cells: text.slice(i, end).split(separator), offset: i, end };
    i = end + 1;
  }
  return undefined;
}

export interface PlainRows {
  processes: unknown[];
  /** The row whose cell count differs from the header's, and its count; the rows after it are not read. */
  mismatch?: { row: number; cells: number };
}

/**
 * Each line after the header as a process: `{ id, name, function?, answers }`,
 * answers in column order, empty cells left out. `rowOffsets` gets the start
 * of every row read, for positions in messages.
 */
export function processesFromPlainCsv(
  text: string,
  from: number,
  separator: string,
  columns: readonly string[],
  kinds: readonly (string | undefined)[],
  convert: (cell: string, flag: boolean) => unknown,
  rowOffsets: number[],
): PlainRows {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const count = columns.length;
  const idColumn = columns.indexOf('id');
  const nameColumn = columns.indexOf('name');
  const functionColumn = columns.indexOf('function');
  const processes: unknown[] = [];
  let i = from;
  while (i < n) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = n;
    if (end === i) {
      i = end + 1;
      continue;
    }
    rowOffsets.push(i);
    const answers: Record<string, unknown> = {};
    let id = '';
    let name = '';
    let fn = '';
    let c = 0;
    let start = i;
    for (;;) {
      let stop = start;
      while (stop < end && text.charCodeAt(stop) !== sep) stop++;
      if (c < count) {
        const kind = kinds[c];
        if (kind === 'text') {
          if (c === idColumn) id = text.slice(start, stop);
          else if (c === nameColumn) name = text.slice(start, stop);
          else if (c === functionColumn) fn = text.slice(start, stop);
        } else if (stop > start) {
          const code = stop - start === 1 ? text.charCodeAt(start) : -1;
          if (code >= 48 && code <= 57 && kind !== 'flag') answers[columns[c] ?? ''] = code - 48;
          else {
            const cell = text.slice(start, stop).trim();
            if (cell !== '') answers[columns[c] ?? ''] = convert(cell, kind === 'flag');
          }
        }
      }
      c++;
      if (stop >= end) break;
      start = stop + 1;
    }
    if (c !== count) return { processes, mismatch: { row: rowOffsets.length - 1, cells: c } };
    processes.push(fn === '' ? { id, name, answers } : { id, name, function: fn, answers });
    i = end + 1;
  }
  return { processes };
}
