/** The compact id store must answer as a Set and compare as strings do. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactIds } from '../../src/core/inventory/compact-ids.js';

const idArb = fc.array(fc.constantFrom('a', 'b', 'z', '0', '9', '-'), { maxLength: 6 }).map((c) => c.join(''));

describe('CompactIds', () => {
  it('finds every earlier id and keeps the others, in row order, as a Set would', () => {
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 300 }), (ids) => {
        const store = new CompactIds();
        const first = new Map<string, number>();
        for (const id of ids) {
          const earlier = store.add(id);
          expect(earlier).toBe(first.get(id) ?? -1);
          if (!first.has(id)) first.set(id, first.size);
        }
        expect(store.size).toBe(first.size);
        for (const [id, row] of first) expect(store.equals(row, id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('orders rows as their ids order as strings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { maxLength: 50 }), (ids) => {
        const store = new CompactIds();
        ids.forEach((id) => store.add(id));
        for (let a = 0; a < ids.length; a++)
          for (let b = 0; b < ids.length; b++) {
            const x = ids[a]!;
            const y = ids[b]!;
            expect(Math.sign(store.compare(a, b))).toBe(x < y ? -1 : x > y ? 1 : 0);
          }
      }),
    );
  });

  it('holds a hundred thousand ids through its growth', () => {
    const store = new CompactIds();
    let found = 0;
    for (let i = 0; i < 100_000; i++) if (store.add(`process-${i}`) !== -1) found++;
    expect(found).toBe(0);
    expect(store.add('process-99999')).toBe(99_999);
    expect(store.add('process-0')).toBe(0);
    expect(store.size).toBe(100_000);
    store.seal();
    expect(store.equals(99_999, 'process-99999')).toBe(true);
    expect(Math.sign(store.compare(0, 1))).toBe(-1);
    expect(() => store.add('process-x')).toThrow(/sealed/);
  });
});
