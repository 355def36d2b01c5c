/**
 * The fast roadmap check lets a roadmap skip zod (and zod's loading) only
 * when zod would accept it and return it unchanged. Property: for any value,
 * if isWellFormedRoadmap says yes, roadmapShape parses it to an equal value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedRoadmap } from '../../src/core/roadmap/well-formed.js';
import { roadmapShape } from '../../src/core/roadmap/schema.js';
import { parseRoadmap } from '../../src/core/roadmap/parse.js';
import { repoRoot } from '../helpers/paths.js';

/** Mostly good values, sometimes one just past a boundary of the schema, sometimes junk. */
const junk = fc.constantFrom<unknown>(null, undefined, 0, 1, -1, 1.5, true, 'x', '', [], {}, Number.NaN);
const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: bad }, { weight: 1, arbitrary: junk });
const text = (max: number) =>
  mostly(
    fc.string({ maxLength: 8 }).filter((t) => t === t.trim()),
    fc.constantFrom(' padded', 'padded ', '\tx', 'x'.repeat(max), 'x'.repeat(max + 1), ' ', 'é\u00a0'),
  );
const id = (pattern: RegExp) =>
  mostly(
    fc.stringMatching(pattern),
    fc.constantFrom('a'.repeat(100), 'a'.repeat(101), 'a'.repeat(64), 'a'.repeat(65), 'Abc', '-a', '_a', 'a_b', 'a b', '__proto__', ''),
  );
const processId = id(/^[a-z0-9-]{1,6}$/);
const vendorId = id(/^[a-z0-9][a-z0-9_-]{0,5}$/);
const ruleId = id(/^[a-z][a-z0-9-]{0,5}$/);
const num = (min: number, max: number, whole = false) =>
  mostly(
    whole ? fc.integer({ min, max }) : fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true })),
    fc.constantFrom<unknown>(min - 1, max + 1, max + 0.0001, -0, 1.5, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, '3'),
  );
const pick = (good: unknown[], bad: unknown[]) => mostly(fc.constantFrom(...good), fc.constantFrom(...bad));
/** An object with any subset of the keys, and now and then one it does not know. */
const object = (shape: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[] = []) =>
  fc
    .tuple(
      fc.record(shape, { requiredKeys, noNullPrototype: true }),
      fc.oneof({ weight: 40, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('extra', 'Name', 'slas ') }),
    )
    .map(([o, extra]) => (extra === undefined ? o : { ...o, [extra]: 1 }));
const list = (item: fc.Arbitrary<unknown>) => mostly(fc.array(item, { maxLength: 3 }), fc.constant([null]));

const sla = object(
  {
    metric: text(200),
    unit: text(50),
    baseline: num(-1000, 1000),
    target: num(-1000, 1000),
    better: pick(['lower', 'higher'], ['Lower']),
    tolerance: num(0, 10),
    window: num(2, 120, true),
  },
  ['metric', 'unit'],
);
const item = object(
  {
    process: processId,
    vendor: vendorId,
    wave: num(1, 1000, true),
    engagement: pick(['resource-support', 'project-support'], ['project']),
    location: pick(['onshore', 'nearshore', 'offshore'], ['Offshore']),
    slas: list(sla),
    ip_owner: pick(['organisation', 'vendor', 'shared'], ['client']),
    notes: text(2000),
    in_house_owner: text(200),
  },
  ['process', 'vendor', 'wave', 'engagement', 'location'],
);
const vendor = mostly(object({ name: text(200), scope: fc.oneof(text(2000), list(text(500))), contact: text(200), notes: text(2000) }), fc.constant(null));
const cadence = pick(['weekly', 'fortnightly', 'monthly', 'quarterly', 'half-yearly', 'yearly'], ['daily']);
const waiver = object(
  {
    rule: ruleId,
    process: processId,
    vendor: vendorId,
    reason: text(2000),
    expires: pick(['2025-12-31', '2024-02-29'], ['2025-02-29', '2025-1-01', '2025-13-01', 20250101]),
  },
  ['rule'],
);
const roadmap = object(
  {
    $schema: pick(['./roadmap.schema.json'], [1]),
    version: pick([1], [2]),
    name: text(200),
    inventory: mostly(fc.constant('inventory.yaml'), fc.constantFrom('', 'x'.repeat(1001))),
    owner: text(200),
    review: mostly(object({ cadence, feedback_loop: fc.oneof(fc.boolean(), text(2000)) }), fc.constant(null)),
    tracking: mostly(object({ actuals: text(1000), cadence }), fc.constant(null)),
    vendors: mostly(fc.dictionary(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,5}$/), vendor, { maxKeys: 3, noNullPrototype: true }), fc.constant({ Bad: null })),
    items: list(item),
    waivers: list(waiver),
  },
  ['inventory'],
);

describe('the fast roadmap check', () => {
  it('accepts only what the zod schema accepts, and only what it returns unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(roadmap, (value) => {
        if (!isWellFormedRoadmap(value)) return;
        accepted++;
        const parsed = roadmapShape.safeParse(value);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: many generated roadmaps took the fast path.
    expect(accepted).toBeGreaterThan(300);
  });

  it('takes the fast path for the shipped example and template roadmaps', () => {
    for (const file of ['examples/roadmap.yaml', 'templates/roadmap.yaml']) {
      const parsed = parseRoadmap(readFileSync(join(repoRoot, file), 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      expect(isWellFormedRoadmap(parsed.value.value), file).toBe(true);
    }
  });

  it('leaves to zod what it would change or refuse', () => {
    const base = { inventory: 'inventory.yaml', items: [{ process: 'p', vendor: 'v', wave: 1, engagement: 'project-support', location: 'onshore' }] };
    expect(isWellFormedRoadmap(base)).toBe(true);
    expect(isWellFormedRoadmap({ ...base, owner: ' Ops ' })).toBe(false); // zod would trim it
    expect(isWellFormedRoadmap({ ...base, items: [{ ...base.items[0], wave: 1.5 }] })).toBe(false);
    expect(isWellFormedRoadmap({ ...base, waivers: [{ rule: 'no-owner', expires: '2025-02-30' }] })).toBe(false);
    expect(isWellFormedRoadmap({ ...base, extra: 1 })).toBe(false);
    expect(isWellFormedRoadmap(JSON.parse('{"inventory":"i.yaml","__proto__":{}}'))).toBe(false);
  });
});
