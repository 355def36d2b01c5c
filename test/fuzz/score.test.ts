/**
 * Fuzzing `outsource score`: random inventories in YAML, JSON and CSV, valid
 * and corrupted, through the in-process CLI. A valid file always scores
 * (exit 0, every process, in input order, the same in every format it can be
 * written in); any file gives exit 0, 1 or 2, no stack trace, no control
 * character from the data in a text format, output that parses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/inventory/csv.js';
import { defaultMethod } from '../helpers/method.js';
import { inventoryArb, mutateText, mutateValue, serialise, textMutation, valueMutation, toYamlText, type InventoryFormat } from './arbitraries.js';
import { cli, expectWellBehaved, fcOptions, fuzzSession } from './run.js';

const method = defaultMethod();
const { scratch, tally } = fuzzSession();

const FORMATS: InventoryFormat[] = ['yaml', 'json', 'csv'];
const OUTPUTS = ['table', 'json', 'csv', 'markdown'] as const;
const kindOf = (format: (typeof OUTPUTS)[number]) => (format === 'json' ? 'json' : format === 'csv' ? 'csv' : 'text');

describe('score, fuzzed', () => {
  it('a valid inventory always scores, in every output format, processes in input order', async () => {
    const seen = tally('score: valid inventories');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMATS).chain((format) => fc.tuple(fc.constant(format), inventoryArb(method, format), fc.constantFrom(...OUTPUTS))),
        async ([format, inventory, output]) => {
          const file = scratch.write(`inventory.${format}`, serialise(inventory, method, format));
          const r = await cli(['score', file, '--format', output], scratch.dir);
          seen.add(`${format} -> ${output}: exit ${r.code}`);
          expectWellBehaved(r, kindOf(output), [0]);
          if (output === 'json') {
            const out = JSON.parse(r.stdout) as { processes: { id: string; name: string }[] };
            expect(out.processes.map((p) => p.id)).toEqual(inventory.processes.map((p) => p.id));
            expect(out.processes.map((p) => p.name)).toEqual(inventory.processes.map((p) => p.name));
          }
          if (output === 'csv') {
            const table = parseCsv(r.stdout, 'out.csv');
            expect(table.ok && table.value.rows.length).toBe(inventory.processes.length + 1);
            if (table.ok)
              for (const row of table.value.rows.slice(1)) for (const cell of row) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          }
        },
      ),
      fcOptions,
    );
  });

  it('YAML, JSON and CSV of the same inventory give the same verdicts and scores', async () => {
    const seen = tally('score: same inventory in three formats');
    await fc.assert(
      fc.asyncProperty(inventoryArb(method, 'csv'), async (inventory) => {
        const outputs = [];
        for (const format of FORMATS) {
          const r = await cli(['score', scratch.write(`same.${format}`, serialise(inventory, method, format)), '--format', 'json'], scratch.dir);
          expectWellBehaved(r, 'json', [0]);
          outputs.push(r.stdout);
        }
        seen.add(`${inventory.processes.length === 0 ? 'empty' : 'non-empty'}: agree`);
        expect(outputs[1]).toBe(outputs[0]);
        expect(outputs[2]).toBe(outputs[0]);
      }),
      fcOptions,
    );
  });

  it('a corrupted inventory gives exit 0 or 2, never a crash, a stack trace or an escape sequence', async () => {
    const seen = tally('score: corrupted inventories');
    const corrupted = fc.constantFrom(...FORMATS).chain((format) =>
      fc.tuple(
        fc.constant(format),
        inventoryArb(method, format, 6),
        fc.oneof(
          valueMutation.map((m) => ({ value: m })),
          textMutation.map((m) => ({ text: m })),
        ),
        fc.array(textMutation, { maxLength: 2 }),
        fc.constantFrom(...OUTPUTS),
      ),
    );
    await fc.assert(
      fc.asyncProperty(corrupted, async ([format, inventory, first, more, output]) => {
        let text: string;
        if ('value' in first) {
          const value = mutateValue(inventory, first.value);
          text = format === 'json' ? JSON.stringify(value) : toYamlText(value);
        } else text = mutateText(serialise(inventory, method, format), first.text);
        for (const m of more) text = mutateText(text, m);
        const file = scratch.write(`corrupted.${format}`, text);
        const r = await cli(['score', file, '--format', output], scratch.dir);
        seen.add(`${format}: exit ${r.code}`);
        expectWellBehaved(r, kindOf(output), [0, 2]);
      }),
      fcOptions,
    );
  });
});
