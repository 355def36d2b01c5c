/**
 * `isWellFormedInventory` lets large, valid inventories skip zod. It may turn
 * a valid file away (zod then decides), but it must never wave through what
 * zod would reject, and what it accepts must load exactly as zod would load it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedInventory } from '../../src/core/inventory/well-formed.js';
import { inventoryIssues } from '../../src/core/inventory/schema-issues.js';
import { inventoryShape } from '../../src/core/inventory/schema.js';
import { defaultMethod } from '../helpers/method.js';

const method = defaultMethod();
const shape = inventoryShape(method);
const criteria = method.criteria.map((c) => c.id);

/** Values that are right in one place and wrong in another. */
const oddValue = fc.constantFrom<unknown>(
  null,
  undefined,
  '',
  ' ',
  'x',
  'Bad_Id',
  'ok-id',
  'a'.repeat(101),
  'b'.repeat(501),
  0,
  1,
  3,
  5,
  6,
  -1,
  3.5,
  Number.NaN,
  Infinity,
  true,
  false,
  [],
  {},
  ['ok-id'],
  ['Bad'],
  [{ name: 'turnaround', unit: 'h' }],
  [{ name: ' ', unit: 'h' }],
  { risk: 3 },
  { rsik: 3 },
);

const validProcess = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
    name: fc.constantFrom('Newsletters', ' SEO ', 'a', 'Ad, "adaptations"'),
    function: fc.constantFrom('creative', '', ' '),
    answers: fc.record(
      Object.fromEntries(method.criteria.map((c) => [c.id, fc.oneof(c.type === 'flag' ? fc.boolean() : fc.integer({ min: 1, max: 5 }), fc.constant(null))])),
      { requiredKeys: [] },
    ),
    metrics: fc.array(
      fc.record(
        { name: fc.constantFrom('turnaround', 'cost'), unit: fc.constantFrom('h', 'EUR'), baseline: fc.double({ noNaN: true, noDefaultInfinity: true }) },
        { requiredKeys: ['name', 'unit'] },
      ),
      { maxLength: 2 },
    ),
    merged_from: fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name'] },
);

/** One change in one place, with keys that belong (or nearly belong) there. */
const mutation = fc.oneof(
  fc.record({ where: fc.constant('root'), index: fc.nat(), key: fc.constantFrom('processes', 'organisation', '$schema', 'extra'), value: oddValue }),
  fc.record({
    where: fc.constant('process'),
    index: fc.nat(),
    key: fc.constantFrom('id', 'name', 'function', 'answers', 'metrics', 'merged_from', 'volume', 'extra'),
    value: oddValue,
  }),
  fc.record({ where: fc.constant('answers'), index: fc.nat(), key: fc.constantFrom(...criteria, 'rsik'), value: oddValue }),
  fc.record({ where: fc.constant('metric'), index: fc.nat(), key: fc.constantFrom('name', 'unit', 'baseline', 'target', 'extra'), value: oddValue }),
);

function mutate(inventory: Record<string, unknown>, m: { where: string; index: number; key: string; value: unknown }): void {
  const processes = Array.isArray(inventory.processes) ? (inventory.processes as Record<string, unknown>[]) : [];
  const p = processes[m.index % Math.max(1, processes.length)];
  let target: Record<string, unknown> | undefined;
  if (m.where === 'root') target = inventory;
  else if (m.where === 'process') target = p;
  else if (m.where === 'answers') target = p?.answers as Record<string, unknown> | undefined;
  else target = Array.isArray(p?.metrics) ? (p.metrics as Record<string, unknown>[])[0] : undefined;
  if (target && typeof target === 'object' && !Array.isArray(target)) target[m.key] = m.value;
}

describe('isWellFormedInventory', () => {
  it('never accepts an inventory zod rejects, and what it accepts loads unchanged', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(validProcess, { maxLength: 4 }),
        fc.option(fc.constantFrom('Agency', ''), { nil: undefined }),
        fc.array(mutation, { maxLength: 3 }),
        (processes, organisation, mutations) => {
          const inventory: Record<string, unknown> = { processes: structuredClone(processes) };
          if (organisation !== undefined) inventory.organisation = organisation;
          for (const m of mutations) mutate(inventory, m);
          if (!isWellFormedInventory(inventory, method)) return;
          const parsed = shape.safeParse(inventory);
          expect(parsed.success, JSON.stringify(inventory)).toBe(true);
          expect(parsed.data).toEqual(inventory);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts plain valid inventories, so the fast path is really taken', () => {
    expect(isWellFormedInventory({ processes: [{ id: 'a', name: 'A', answers: { risk: 2, regulated: false, benefit: null } }] }, method)).toBe(true);
    expect(isWellFormedInventory({ processes: [{ id: 'a', name: 'A', answers: { risk: 6 } }] }, method)).toBe(false);
    expect(isWellFormedInventory({ processes: [{ id: 'a', name: ' ', answers: {} }] }, method)).toBe(false);
  });
});

describe('inventoryIssues', () => {
  it('gives the issues of one zod parse of the whole file, in the same order, parsing only the processes the fast check refuses', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(validProcess, { maxLength: 4 }),
        fc.option(fc.constantFrom('Agency', '', 5), { nil: undefined }),
        fc.array(mutation, { maxLength: 4 }),
        (processes, organisation, mutations) => {
          const inventory: Record<string, unknown> = { processes: structuredClone(processes) };
          if (organisation !== undefined) inventory.organisation = organisation;
          for (const m of mutations) mutate(inventory, m);
          const parsed = shape.safeParse(inventory);
          expect(inventoryIssues(inventory, method)).toEqual(parsed.success ? { data: parsed.data } : { issues: parsed.error.issues });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops at the cap when every process is wrong', () => {
    const inventory = { processes: Array.from({ length: 5000 }, (_, i) => ({ id: `p-${i}`, name: 'P', answers: { risk: 9 } })) };
    const found = inventoryIssues(inventory, method);
    expect('issues' in found && found.issues.length).toBe(1000);
    expect('issues' in found && found.issues[999]?.path).toEqual(['processes', 999, 'answers', 'risk']);
  });
});
