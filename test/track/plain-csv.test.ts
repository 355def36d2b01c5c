/**
 * Plain CSV actuals are read straight into records; whatever that fast path
 * accepts, the general path (the table of cells) reads to the same records,
 * placed at the same lines and columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTable, plainCsv, type ActualField } from '../../src/core/tracking/actuals.js';

const FIELDS: ActualField[] = ['process', 'metric', 'period', 'value', 'unit'];
const cell = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('p-1', 'p-2', 'turnaround', 'cost per item', '2024-01', '2024-02-29', '2023-13', '12.5', '-3', '1e3', 'x', '%', 'hours'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      ' p-1 ',
      '\u00a0turnaround',
      '2024-01 ',
      '\t2024-02-29',
      '2O24-01',
      '2024-0X',
      '2024-1-01',
      'Infinity',
      '0x10',
      '"q"',
      '1,5',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const header = fc.oneof(
  { weight: 8, arbitrary: fc.constant(['process', 'metric', 'period', 'value', 'unit']) },
  { weight: 2, arbitrary: fc.shuffledSubarray(['process', 'metric', 'period', 'value', 'unit', ' Unit ', '', 'extra'], { minLength: 3 }) },
);
const csv = fc
  .tuple(header, fc.array(fc.array(cell, { minLength: 3, maxLength: 6 }), { maxLength: 12 }), fc.constantFrom('\n', '\n\n', ''))
  .map(([head, rows, tail]) => `${[head.join(','), ...rows.map((r) => r.join(','))].join('\n')}${tail}`);

describe('plain CSV actuals', () => {
  it('read to the same records and positions as the general path', () => {
    let fast = 0;
    fc.assert(
      fc.property(csv, (text) => {
        const quick = plainCsv(text, 'a.csv');
        if (!quick) return;
        fast++;
        const general = csvTable(text, 'a.csv');
        expect(general.ok).toBe(true);
        if (!general.ok) return;
        expect(quick.actuals).toStrictEqual(general.value.actuals);
        for (let i = 0; i < quick.actuals.length; i++)
          for (const field of [undefined, ...FIELDS]) expect(quick.locate(i, field)).toStrictEqual(general.value.locate(i, field));
      }),
      { numRuns: 2000 },
    );
    expect(fast).toBeGreaterThan(100);
  });

  it('leaves quoted cells, carriage returns and bad records to the general path', () => {
    expect(plainCsv('process,metric,period,value\n"p",m,2024-01,1\n', 'a.csv')).toBeUndefined();
    expect(plainCsv('process,metric,period,value\r\np,m,2024-01,1\r\n', 'a.csv')).toBeUndefined();
    expect(plainCsv('process,metric,period,value\np,m,2024-13,1\n', 'a.csv')).toBeUndefined();
    expect(plainCsv('process,metric,period,value\np,m,2024-01,ten\n', 'a.csv')).toBeUndefined();
    expect(plainCsv('process,metric,period\np,m,2024-01\n', 'a.csv')).toBeUndefined();
    expect(plainCsv('process,metric,period,value,unit\np,m,2024-01,1.5,%\n', 'a.csv')?.actuals).toEqual([
      { process: 'p', metric: 'm', period: { text: '2024-01', months: 2024 * 12 }, value: 1.5, unit: '%', index: 0 },
    ]);
  });
});
