import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, MAX_ERRORS, ok } from '../parse/diagnostics.js';
import type { Method } from '../method.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { didYouMean } from '../../util/suggest.js';
import { cellOffset, parseCsv } from './csv.js';
import { positionOf } from '../parse/position.js';
import type { Locator } from '../parse/zod-diagnostics.js';
import { NESTED_COLUMNS, addProcessCells, fileCells, isNestedColumn } from './csv-money-columns.js';
import { detectSeparator, headerKey, numberCell } from './csv-dialect.js';
import { flagWord } from '../parse/flag-words.js';
import { firstPlainRow, isPlainCsv, processesFromPlainCsv } from './plain-csv.js';

const FIXED = ['id', 'name', 'function'];

/**
 * Reads an inventory CSV into the same shape a YAML inventory has, so one
 * schema validates both. Cells that are not a number or a flag stay strings
 * for the schema to reject with its usual message.
 */
export function inventoryFromCsv(text: string, file: string, method: Method): Result<{ value: unknown; where: Locator }> {
  const separator = detectSeparator(text);
  // The common file (no quotes, LF line ends) is read row by row into processes, without a table of every cell.
  const plain = isPlainCsv(text) ? firstPlainRow(text, separator) : undefined;
  let rows: string[][] | undefined;
  let rowOffsets: number[] = plain ? [plain.offset] : [];
  if (!plain) {
    const table = parseCsv(text, file, separator);
    if (!table.ok) return table;
    ({ rows, rowOffsets } = table.value);
  }
  const header = plain ? plain.cells : rows?.[0];
  if (!header) return fail({ file, message: 'the CSV is empty: it needs a header row with id, name and criterion columns' });

  // A workbook read as CSV: the column of a message is the sheet's column number (3 is C), not a character offset.
  const sheet = /\.xlsx$/i.test(file);
  const cellAt = (row: number, cell: number) =>
    sheet ? { line: positionOf(text, rowOffsets[row] ?? 0).line, column: cell + 1 } : positionOf(text, cellOffset(text, rowOffsets[row] ?? 0, cell, separator));
  const columns = header.map(headerKey);
  // A file that is not an inventory at all (a .csv link to a secret, say) is named as such: its cells are never echoed.
  if (!columns.includes('id')) {
    // A header holding a second separator is an export that mixes them: say which, still without echoing a cell.
    const other = [';', ',', '\t'].find((sep) => sep !== separator && columns.some((c) => c.includes(sep)));
    const why = other
      ? `; the header seems to be separated by "${other === '\t' ? 'tab' : other}" too: save the sheet as CSV with one separator`
      : ': this is not an inventory CSV (its header needs id, name and criterion columns)';
    return fail({ file, line: 1, column: 1, message: `no id column${why}` });
  }
  const errors: Diagnostic[] = [];
  const seen = new Set<string>();
  columns.forEach((name, index) => {
    // Placing a cell costs a scan of its row: past the cap, the rest are only counted by failAll.
    if (errors.length >= MAX_ERRORS) {
      errors.push({ file, message: '' });
      return;
    }
    if (seen.has(name)) errors.push({ file, ...cellAt(0, index), message: `column "${sanitize(truncate(name, 60))}" appears twice in the header` });
    seen.add(name);
    if (!FIXED.includes(name) && !isNestedColumn(name) && !method.criteriaById.has(name)) {
      const hint = didYouMean(name, [...FIXED, ...method.criteriaById.keys(), ...NESTED_COLUMNS]);
      const shown = sanitize(truncate(header[index] ?? name, 60));
      // One unknown column holding another separator is an export with a separator this file does not use.
      const other = [';', ',', '\t'].find((s) => s !== separator && name.includes(s));
      const why = other ? `; the cells seem to be separated by "${other === '\t' ? 'tab' : other}": save the sheet as CSV with one separator` : '';
      errors.push({ file, ...cellAt(0, index), message: `unknown column "${shown}": not id, name, function or a criterion id${hint}${why}` });
    }
  });
  for (const required of ['id', 'name']) {
    if (!columns.includes(required)) errors.push({ file, line: 1, column: 1, message: `the header has no "${required}" column` });
  }
  if (errors.length > 0) return failAll(errors);

  const kinds = columns.map((name) => (FIXED.includes(name) || isNestedColumn(name) ? 'text' : method.criteriaById.get(name)?.type));
  if (plain && !columns.some(isNestedColumn)) {
    const read = processesFromPlainCsv(text, plain.end + 1, separator, columns, kinds, convert, rowOffsets);
    if (read.mismatch)
      return fail({ file, ...cellAt(read.mismatch.row, 0), message: `row has ${read.mismatch.cells} cells but the header has ${columns.length} columns` });
    return ok({ value: { processes: read.processes }, where: locator(file, columns, new Map(), cellAt) });
  }
  if (!rows) {
    // Money columns need every row at once (currency and rates must agree across rows): the full table, as for any CSV.
    const table = parseCsv(text, file, separator);
    if (!table.ok) return table;
    ({ rows, rowOffsets } = table.value);
  }
  const fileWide = fileCells(columns, rows, cellAt, file);
  if (fileWide.errors.length > 0) return fail(...fileWide.errors);
  const idColumn = columns.indexOf('id');
  const nameColumn = columns.indexOf('name');
  const functionColumn = columns.indexOf('function');
  const processes: unknown[] = new Array(rows.length - 1);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.length !== columns.length) {
      return fail({ file, ...cellAt(r, 0), message: `row has ${row.length} cells but the header has ${columns.length} columns` });
    }
    const answers: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const kind = kinds[c];
      if (kind === 'text') continue;
      const cell = (row[c] ?? '').trim();
      if (cell !== '') answers[columns[c] ?? ''] = convert(cell, kind === 'flag');
    }
    const fn = functionColumn === -1 ? '' : (row[functionColumn] ?? '');
    processes[r - 1] = fn === '' ? { id: row[idColumn], name: row[nameColumn], answers } : { id: row[idColumn], name: row[nameColumn], function: fn, answers };
    if (fileWide.nested) addProcessCells(processes[r - 1] as Record<string, unknown>, columns, row);
  }

  const where = locator(file, columns, fileWide.firstRow, cellAt);
  return ok({ value: { ...fileWide.values, processes }, where });
}

/** Where a path of the inventory sits in the CSV: the cell of its row and column. */
function locator(
  file: string,
  columns: readonly string[],
  firstRow: ReadonlyMap<string, number>,
  cellAt: (row: number, cell: number) => { line: number; column: number },
): Locator {
  return {
    file,
    locate(path) {
      if (path[0] === 'currency' || path[0] === 'rates') {
        const name = path[0] === 'currency' ? 'currency' : `rates.${String(path[1] ?? '')}`;
        const column = columns.findIndex((c) => c === name || (path.length === 1 && c.startsWith('rates.')));
        return cellAt(firstRow.get(columns[column] ?? '') ?? 0, Math.max(0, column));
      }
      if (path[0] !== 'processes' || typeof path[1] !== 'number') return { line: 1, column: 1 };
      const row = path[1] + 1;
      const field = path[2] === 'answers' ? path[3] : path[2] === 'cost' || path[2] === 'volume' ? `${path[2]}.${String(path[3])}` : path[2];
      let index = typeof field === 'string' ? columns.indexOf(field) : -1;
      if (index === -1 && (path[2] === 'cost' || path[2] === 'volume')) index = columns.findIndex((c) => c.startsWith(`${String(path[2])}.`));
      return cellAt(row, Math.max(0, index));
    },
  };
}

export function convert(cell: string, flag: boolean): unknown {
  if (flag) return cell === 'false' ? false : cell === 'true' ? true : (flagWord(cell) ?? cell);
  // A single digit, the usual answer, is its own number; anything longer takes the full number rules.
  const digit = cell.length === 1 ? cell.charCodeAt(0) - 48 : -1;
  if (digit >= 0 && digit <= 9) return digit;
  return numberCell(cell) ?? cell;
}
