/**
 * `wellFormedInventory` checks an inventory by hand so that a valid file
 * never loads zod. It must accept exactly what the zod schema accepts (money,
 * volume, raters and all) and give back the value zod would give back; zod
 * is only imported to explain a refusal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormedInventory } from '../../src/core/inventory/well-formed.js';
import { inventoryShape, processShape, raterNameProblem as schemaRaterNameProblem } from '../../src/core/inventory/schema.js';
import { raterNameProblem } from '../../src/core/inventory/rater-name.js';
import { INVENTORY_KEYS, PROCESS_KEYS } from '../../src/core/inventory/keys.js';
import { COST_KEYS, RATE_KEYS } from '../../src/core/money/keys.js';
import { costShape, ratesShape } from '../../src/core/money/schema.js';
import { VOLUME_KEYS, VOLUME_PATTERNS } from '../../src/core/engagement/volume-keys.js';
import { volumeShape } from '../../src/core/engagement/schema.js';
import { defaultMethod } from '../helpers/method.js';
import type { Method } from '../../src/core/method.js';

const method = defaultMethod();
const criteria = method.criteria.map((c) => c.id);

/** Numbers at and just past every bound the schema has, and things that are not numbers. */
const oddNumber = fc.constantFrom<unknown>(
  0,
  -0,
  1,
  0.5,
  1.5,
  2.5,
  5,
  6,
  50,
  51,
  1e6,
  1e6 + 1,
  1e12,
  1e12 + 1,
  -1,
  -0.001,
  2 ** 53,
  Number.NaN,
  Infinity,
  -Infinity,
  '5',
  null,
  undefined,
  true,
);

/** Values that are right in one place and wrong in another. */
const oddValue = fc.oneof(
  oddNumber,
  fc.constantFrom<unknown>(
    '',
    ' ',
    'x',
    'Bad_Id',
    'ok-id',
    'a'.repeat(101),
    'b'.repeat(201),
    'c'.repeat(501),
    'EUR',
    'JPY',
    'eur',
    'EUX',
    'EURO',
    'steady',
    'weekly',
    'lower',
    'answers',
    false,
    [],
    {},
    ['ok-id'],
    ['Bad'],
    [, 'ok-id'], // eslint-disable-line no-sparse-arrays
    [{ name: 'turnaround', unit: 'h' }],
    [{ name: ' ', unit: 'h' }],
    { risk: 3 },
    { rsik: 3 },
    { hours_per_month: 10, pattern: 'steady' },
    { in_house_annual: 1000, term_years: 3 },
    { bob: { risk: 2 } },
    new Date(0),
    new Map(),
  ),
);

/** Mostly right, sometimes wrong: a generator of only hostile values would test refusals alone. */
const mostly = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: right, weight: 12 }, { arbitrary: wrong as fc.Arbitrary<T>, weight: 1 });
const amount = mostly(fc.oneof(fc.constantFrom(0, 10, 1e12), fc.double({ min: 0, max: 1e12, noNaN: true })), oddNumber);
const money = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, amount])), { requiredKeys: [] });
const answers = fc.record(
  Object.fromEntries(
    method.criteria.map((c) => [c.id, mostly(fc.oneof(c.type === 'flag' ? fc.boolean() : fc.integer({ min: 1, max: 5 }), fc.constant(null)), oddNumber)]),
  ),
  { requiredKeys: [] },
);

const processRecord = fc.record(
  {
    id: mostly(fc.stringMatching(/^[a-z0-9-]{1,10}$/), fc.constantFrom('', 'A', 'a_b', 'a\n')),
    name: mostly(fc.constantFrom('Newsletters', ' SEO ', 'a', 'Ad, "adaptations"'), fc.constantFrom('', ' \t')),
    function: mostly(fc.constantFrom('creative', '', ' '), fc.constant('f'.repeat(201))),
    answers,
    answers_by: fc.dictionary(
      mostly(fc.constantFrom('bob', 'Ann Lee', 'x@y.z', 'constructor'), fc.constantFrom('_x', 'answers', '', 'r'.repeat(65))),
      answers,
      { maxKeys: 2 },
    ),
    metrics: fc.array(
      fc.record(
        {
          name: mostly(fc.constantFrom('turnaround', 'cost'), fc.constant(' ')),
          unit: mostly(fc.constantFrom('h', 'EUR'), fc.constant('u'.repeat(51))),
          baseline: mostly(fc.double({ noNaN: true, noDefaultInfinity: true }), oddNumber),
          target: fc.double(),
          better: mostly(fc.constantFrom('lower', 'higher'), fc.constant('up')),
        },
        { requiredKeys: ['name', 'unit'] },
      ),
      { maxLength: 2 },
    ),
    merged_from: fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 2 }),
    volume: fc.record(
      {
        hours_per_month: mostly(fc.double({ min: 0, max: 1e6, noNaN: true }), oddNumber),
        pattern: mostly(fc.constantFrom('steady', 'seasonal', 'project'), fc.constant('weekly')),
      },
      { requiredKeys: [] },
    ),
    cost: fc.record(
      {
        in_house_annual: amount,
        vendor_annual: amount,
        transition: amount,
        exit: amount,
        governance_share: mostly(fc.double({ min: 0, max: 1, noNaN: true }), oddNumber),
        term_years: mostly(fc.integer({ min: 1, max: 50 }), fc.oneof(fc.integer({ min: -5, max: 60 }), oddNumber)),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id', 'name'] },
);

const inventory = fc.record(
  {
    $schema: mostly(fc.constant('https://example.org/s.json'), fc.constant(5)),
    organisation: mostly(fc.constantFrom('Agency', ''), fc.constantFrom('o'.repeat(501), null)),
    currency: mostly(fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'CHF', 'XXX'), fc.constantFrom('EUX', 'AAA', 'eur', 'EURO', '', 978, null)),
    rates: money(['in_house_hourly', 'vendor_hourly', 'seat_monthly']),
    processes: fc.array(processRecord, { maxLength: 4 }),
  },
  { requiredKeys: ['processes'] },
);

/** Every object and array in a value, with a way to reach it. */
function containers(value: unknown, out: object[] = []): object[] {
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !(value instanceof Map)) {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

/** What a hostile file can do to one object: keys parsers make that ordinary code trips on, prototypes, odd values. */
const attack = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('set', 'proto-key', 'null-proto', 'inherited', 'symbol', 'hidden', 'delete'),
  key: fc.constantFrom(
    'processes',
    'id',
    'name',
    'answers',
    'answers_by',
    'cost',
    'volume',
    'rates',
    'currency',
    'pattern',
    'term_years',
    'bob',
    'extra',
    ...criteria,
  ),
  // A fresh copy each time: the attacks change objects in place.
  value: oddValue.map((v) => (typeof v === 'object' && v !== null ? structuredClone(v) : v)),
});

function apply(root: Record<string, unknown>, a: { at: number; kind: string; key: string; value: unknown }): Record<string, unknown> {
  const all = containers(root);
  const target = all[a.at % all.length] as Record<string | symbol, unknown>;
  switch (a.kind) {
    case 'set':
      target[a.key] = a.value;
      break;
    case 'proto-key':
      // What JSON.parse makes of "__proto__": an own key, not a prototype.
      Object.defineProperty(target, '__proto__', { value: a.value, enumerable: true, configurable: true, writable: true });
      break;
    case 'null-proto':
      Object.setPrototypeOf(target, null);
      break;
    case 'inherited':
      Object.setPrototypeOf(target, { [a.key]: a.value });
      break;
    case 'symbol':
      target[Symbol('s')] = a.value;
      break;
    case 'hidden':
      Object.defineProperty(target, a.key, { value: a.value, enumerable: false, configurable: true });
      break;
    case 'delete':
      delete target[a.key];
      break;
  }
  return root;
}

/**
 * Same verdict, and the same value. Hidden and inherited keys (which no parser
 * makes) are read alike by both, but zod copies them into plain keys of its
 * result while the hand check gives the input back: for those only the
 * verdict is compared.
 */
function agree(value: unknown, m: Method = method, compareValue = true): boolean {
  const parsed = inventoryShape(m).safeParse(value);
  const byHand = wellFormedInventory(value, m);
  expect(byHand !== undefined, `${parsed.success ? 'zod accepts' : 'zod refuses'}: ${String(JSON.stringify(value)).slice(0, 400)}`).toBe(parsed.success);
  if (parsed.success && compareValue) expect(JSON.parse(JSON.stringify(byHand))).toEqual(JSON.parse(JSON.stringify(parsed.data)));
  return parsed.success;
}

describe('the zod-free lists', () => {
  it('name the same fields as the zod schemas', () => {
    expect(INVENTORY_KEYS).toEqual(Object.keys(inventoryShape(method).shape));
    expect(PROCESS_KEYS).toEqual(Object.keys(processShape(method).shape));
    expect(COST_KEYS).toEqual(Object.keys(costShape.shape));
    expect(RATE_KEYS).toEqual(Object.keys(ratesShape.shape));
    expect(VOLUME_KEYS).toEqual(Object.keys(volumeShape.shape));
    expect(VOLUME_PATTERNS).toEqual(volumeShape.shape.pattern.options);
  });

  it('judge rater names as the schema does', () => {
    for (const name of ['bob', 'Ann Lee', 'x@y.z', '_x', 'answers', '', ' a', 'r'.repeat(64), 'r'.repeat(65), 'a\n', 'é', '1.2-3_4'])
      expect(raterNameProblem(name), name).toBe(schemaRaterNameProblem(name));
  });
});

describe('wellFormedInventory', () => {
  it('accepts exactly what zod accepts, and gives back what zod gives back', { timeout: 120_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(inventory, fc.oneof(fc.constant([]), fc.array(attack, { minLength: 1, maxLength: 3 })), (generated, attacks) => {
        let value = structuredClone(generated) as Record<string, unknown>;
        for (const a of attacks) value = apply(value, a);
        if (agree(value, method, !attacks.some((a) => a.kind === 'hidden' || a.kind === 'inherited'))) accepted++;
      }),
      { numRuns: Number(process.env.WELL_FORMED_RUNS ?? 1000) },
    );
    // Both sides of the line are exercised, not only refusals.
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(Number(process.env.WELL_FORMED_RUNS ?? 1000) * 0.95);
  });

  it('agrees on inventories as JSON.parse makes them, __proto__ keys included', () => {
    const texts = [
      '{"processes":[{"id":"a","name":"A","answers_by":{"__proto__":{"risk":2},"bob":{"risk":3}}}]}',
      '{"processes":[{"id":"a","name":"A","answers_by":{"__proto__":"anything"}}]}',
      '{"processes":[{"id":"a","name":"A","answers":{"__proto__":{"risk":2}}}]}',
      '{"processes":[{"id":"a","name":"A","__proto__":{}}]}',
      '{"__proto__":{"processes":[]},"processes":[]}',
      '{"processes":[{"id":"a","name":"A","cost":{"__proto__":1}}]}',
      '{"currency":"EUR","rates":{"__proto__":{"in_house_hourly":5}},"processes":[]}',
    ];
    for (const text of texts) agree(JSON.parse(text));
    const cleaned = wellFormedInventory(JSON.parse(texts[0]!), method) as { processes: { answers_by: object }[] };
    expect(Object.hasOwn(cleaned.processes[0]!.answers_by, '__proto__')).toBe(false);
    expect(Object.keys(cleaned.processes[0]!.answers_by)).toEqual(['bob']);
  });

  it('reads criteria named after Object.prototype members as zod does', () => {
    const odd: Method = { ...method, criteria: [...method.criteria, { ...method.criteria[0]!, id: 'constructor' }] };
    agree({ processes: [{ id: 'a', name: 'A', answers: {} }] }, odd);
    agree({ processes: [{ id: 'a', name: 'A', answers: { constructor: 2 } }] }, odd);
  });

  it('takes valid inventories with money, volume and raters without zod', () => {
    const valid = {
      currency: 'EUR',
      rates: { in_house_hourly: 50, seat_monthly: 4000 },
      processes: [
        {
          id: 'a',
          name: 'A',
          answers: { risk: 2, regulated: false, benefit: null },
          answers_by: { bob: { risk: 3 }, 'Ann Lee': { risk: 1 } },
          volume: { hours_per_month: 30, pattern: 'seasonal' },
          cost: { in_house_annual: 1000, vendor_annual: 800, governance_share: 0.1, term_years: 3 },
        },
      ],
    };
    expect(wellFormedInventory(valid, method)).toBe(valid);
    expect(wellFormedInventory({ ...valid, currency: 'EUX' }, method)).toBeUndefined();
  });
});
