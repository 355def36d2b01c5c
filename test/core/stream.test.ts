/** Streamed scoring must be the whole assessment, evaluation for evaluation and byte for byte. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { streamEvaluations } from '../../src/core/engine/stream.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { renderCsv, renderCsvStream } from '../../src/reporters/score/csv.js';
import { renderJson, renderJsonStream } from '../../src/reporters/score/json.js';
import { defaultMethod } from '../helpers/method.js';

const method = defaultMethod();
const criteria = method.criteria.filter((c) => !c.optional);

const inventoryArb: fc.Arbitrary<Inventory> = fc
  .array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: criteria.length, maxLength: criteria.length }), { maxLength: 40 })
  .map((rows) => ({
    processes: rows.map((values, i) => {
      const answers: Record<string, number | boolean> = {};
      criteria.forEach((c, k) => {
        const v = values[k];
        if (v !== undefined) answers[c.id] = c.type === 'flag' ? v > 4 : v;
      });
      return { id: `p-${i}`, name: `Process ${i}`, answers };
    }),
  }));

function same(inventory: Inventory) {
  const whole = evaluateInventory(inventory, method);
  const stream = streamEvaluations(inventory, method);
  expect([...stream.evaluations()]).toEqual(whole.evaluations);
  const report = { assessment: whole, method };
  expect([...renderJsonStream(stream.evaluations())].join('')).toBe(renderJson(report));
  expect([...renderCsvStream(stream.evaluations(), stream.moneyShown)].join('')).toBe(renderCsv(report));
}

describe('streamEvaluations', () => {
  it('gives the evaluations, ranks and outputs of evaluateInventory, whatever the answers', () => {
    fc.assert(
      fc.property(inventoryArb, (inventory) => same(inventory)),
      { numRuns: 60 },
    );
  });

  it('gives the same business cases and money columns for the agency example', () => {
    const loaded = loadInventory(readFileSync('examples/agency.yaml', 'utf8'), 'agency.yaml', method);
    if (!loaded.ok) throw new Error('the example does not load');
    expect(loaded.value.currency).toBeDefined();
    expect(streamEvaluations(loaded.value, method).moneyShown).toBe(true);
    same(loaded.value);
  });
});
