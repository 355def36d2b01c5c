import type { Method } from '../method.js';
import { detectSeparator, headerKey } from './csv-dialect.js';
import { isNestedColumn } from './csv-money-columns.js';
import { convert, inventoryFromCsv } from './from-csv.js';
import { NotStreamable } from './not-streamable.js';
import { firstPlainRow, processesFromPlainCsv } from './plain-csv.js';
import type { Process } from './types.js';
import { wellFormedProcess } from './well-formed.js';

const FIXED = new Set(['id', 'name', 'function']);

/**
 * The processes of a plain CSV given as blocks of whole lines, one at a time:
 * the header checked by the whole-file reader itself, each row read by the
 * same row reader and checked by the same hand check, so a process is the one
 * the whole file would give. Whatever that reader would refuse or read another
 * way (a money column, a row of the wrong length, a bad answer, no header)
 * throws NotStreamable, for the whole-file reader to take the file and word
 * its errors. Duplicate ids are for the caller, who sees every row. With
 * `checked`, the rows are known to be those of a reading already checked, and
 * the hand check is not made again.
 */
export function* plainCsvProcesses(blocks: Iterable<string>, file: string, method: Method, options: { checked?: boolean } = {}): Generator<Process> {
  const wellFormed = wellFormedProcess(method);
  let shape: { separator: string; columns: string[]; kinds: (string | undefined)[] } | undefined;
  // The separator is read from the very first line, as the whole-file reader reads it, even when that line is blank.
  let separator: string | undefined;
  let blankBefore = false;
  for (const text of blocks) {
    let from = 0;
    if (!shape) {
      separator ??= detectSeparator(text);
      const header = firstPlainRow(text, separator);
      if (!header) {
        // Blank lines only: nothing of them is kept but that they were there.
        blankBefore = true;
        continue;
      }
      const checked = inventoryFromCsv(`${blankBefore ? '\n' : ''}${text.slice(0, header.end)}`, file, method);
      const columns = header.cells.map(headerKey);
      if (!checked.ok || columns.some(isNestedColumn)) throw new NotStreamable('the header is refused or names money columns');
      shape = { separator, columns, kinds: columns.map((name) => (FIXED.has(name) ? 'text' : method.criteriaById.get(name)?.type)) };
      from = header.end + 1;
    }
    const read = processesFromPlainCsv(text, from, shape.separator, shape.columns, shape.kinds, convert, []);
    if (read.mismatch) throw new NotStreamable('a row of the wrong length');
    for (const raw of read.processes) {
      const accepted = options.checked ? raw : wellFormed(raw);
      if (accepted === undefined) throw new NotStreamable('a row the schema refuses');
      // What toProcess would make of it: a CSV row has no null answer and no answers_by to combine.
      yield accepted as unknown as Process;
    }
  }
  if (!shape) throw new NotStreamable('no header');
}
