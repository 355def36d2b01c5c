/**
 * The plain-CSV reader (no quotes, LF line ends) must give what the careful
 * table reader gives. CRLF line ends force the careful reader on the same
 * rows, and positions do not move (lines count LFs, columns start after them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/core/inventory/load.js';
import { isPlainCsv } from '../../src/core/inventory/plain-csv.js';
import { defaultMethod } from '../helpers/method.js';

const method = defaultMethod();
const COLUMNS = ['id', 'name', 'function', 'Core competency', 'benefit', 'risk', 'regulated', 'compliance_owner', 'vendor-parity', 'nope', ' risk '];
const CELLS = ['', ' ', '1', '3', '5', '9', '12', ' 4 ', '2.5', '2,5', 'yes', 'No', 'true', 'false', 'ja', 'x', '-1', 'p-1', 'p-2', 'Name', '\t'];

const csvArb = fc
  .record({
    separator: fc.constantFrom(',', ';', '\t'),
    header: fc.uniqueArray(fc.constantFrom(...COLUMNS), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 9 }), { maxLength: 8 }),
    idsUnique: fc.boolean(),
    blankLines: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ separator, header, rows, idsUnique, blankLines, finalNewline }) => {
    const cols = ['id', 'name', ...header.filter((h) => h !== 'id' && h !== 'name')];
    const lines = rows.map((cells, r) => {
      // Most rows fit the header, so the rows are read and not only refused for their length.
      const row = cells.length % 3 === 0 ? cells : Array.from({ length: cols.length }, (_, c) => cells[c % Math.max(1, cells.length)] ?? '');
      if (idsUnique && row.length > 0) row[0] = `p-${r}`;
      return row.filter((c) => !c.includes(separator) || separator !== '\t').join(separator);
    });
    const body = [cols.join(separator), ...lines.flatMap((l) => (blankLines ? [l, ''] : [l]))].join('\n');
    return finalNewline ? `${body}\n` : body;
  });

const outcome = (text: string) => {
  const r = loadInventory(text, 'inventory.csv', method, 'csv');
  return r.ok ? { ok: true, value: r.value } : { ok: false, errors: r.errors };
};

describe('plain CSV reader', () => {
  it('reads a plain CSV as the careful reader does: the same processes, or the same errors at the same places', () => {
    fc.assert(
      fc.property(csvArb, (text) => {
        fc.pre(isPlainCsv(text));
        expect(outcome(text)).toEqual(outcome(text.replace(/\n/g, '\r\n')));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a typical file to processes', () => {
    const text = 'id,name,function,core_competency,regulated\np-1,Payroll,finance,2,no\n\np-2,Helpdesk,,3,\n';
    const r = loadInventory(text, 'inventory.csv', method, 'csv');
    expect(r.ok && r.value.processes).toEqual([
      { id: 'p-1', name: 'Payroll', function: 'finance', answers: { core_competency: 2, regulated: false } },
      { id: 'p-2', name: 'Helpdesk', answers: { core_competency: 3 } },
    ]);
  });
});
