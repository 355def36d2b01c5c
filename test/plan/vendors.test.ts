import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VENDOR_CRITERIA } from '../../src/core/vendors/criteria.js';
import { loadVendors, loadWeights } from '../../src/core/vendors/load.js';
import { scoreVendors, type Scorecard } from '../../src/core/vendors/score.js';
import type { VendorsFile } from '../../src/core/vendors/schema.js';
import { runInProcess } from '../helpers/cli.js';
import { example, fixture } from '../helpers/paths.js';

const where = { file: 'v.yaml', locate: () => undefined };

function cardOf(path: string, override?: Record<string, number>): Scorecard {
  const loaded = loadVendors(readFileSync(path, 'utf8'), 'v.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return scoreVendors(loaded.value.vendors, loaded.value.where, override);
}

describe('vendor scorecard', () => {
  it('ranks by the weighted mean of ratings, hand-computed', () => {
    // quality 3/4, cost 1/4. alpha: 0.75*1 + 0.25*0 = 75; beta: 0.75*0.5 + 0.25*1 = 62.5; gamma: quality unrated = 0, cost 1 -> 25.
    const card = cardOf(fixture('plan', 'vendors-small.yaml'));
    expect(card.vendors.map((v) => [v.id, v.score, v.rank])).toEqual([
      ['alpha', 75, 1],
      ['beta', 62.5, 2],
      ['gamma', 25, 3],
    ]);
    expect(card.weightSource).toBe('file');
    expect(card.weights.find((w) => w.criterion === 'quality_record')?.weight).toBe(0.75);
    expect(card.weights.find((w) => w.criterion === 'security')?.weight).toBe(0);
  });

  it('counts an unrated criterion at its worst and lowers the confidence', () => {
    const gamma = cardOf(fixture('plan', 'vendors-small.yaml')).vendors.find((v) => v.id === 'gamma');
    expect(gamma?.confidence).toBe(0.25);
    expect(gamma?.flags).toContain('unrated');
  });

  it('flags a vendor without a scope and scopes that overlap, whatever their case, at the scope line', () => {
    const card = cardOf(fixture('plan', 'vendors-small.yaml'));
    const rules = card.findings.map((f) => [f.rule, f.vendor, f.line]);
    expect(rules).toContainEqual(['overlapping-scope', 'alpha', 8]);
    expect(rules).toContainEqual(['overlapping-scope', 'beta', 12]);
    expect(rules).toContainEqual(['no-scope', 'gamma', 14]);
    expect(card.findings.find((f) => f.vendor === 'alpha' && f.rule === 'overlapping-scope')?.message).toContain('with beta');
  });

  it("uses AHP weights (the weights: map `outsource weights` prints) in place of the file's", () => {
    const weights = loadWeights(readFileSync(fixture('plan', 'ahp-weights.json'), 'utf8'), 'ahp.json');
    expect(weights.ok).toBe(true);
    if (!weights.ok) return;
    const card = cardOf(fixture('plan', 'vendors-small.yaml'), weights.value);
    expect(card.weightSource).toBe('override');
    // vertical_expertise is unrated everywhere (0); alpha: 0.3*1 + 0.2*0 = 30; beta: 0.3*0.5 + 0.2*1 = 35; gamma: 0.2 -> 20.
    expect(card.vendors.map((v) => [v.id, v.score])).toEqual([
      ['beta', 35],
      ['alpha', 30],
      ['gamma', 20],
    ]);
  });

  it('rejects weights for criteria it does not know, with a suggestion and a position', () => {
    const bad = loadWeights('{ "weights": { "qualty_record": 1 } }', 'w.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors[0]?.message).toContain('did you mean "quality_record"');
      expect(bad.errors[0]).toMatchObject({ line: 1 });
    }
    const zero = loadWeights('weights: { cost: 0 }\n', 'w.yaml');
    expect(!zero.ok && zero.errors[0]?.message).toContain('greater than 0');
  });

  it('warns when cost carries more than half the weight (4 Things Digital Marketers Can Learn from IT Outsourcing: quality and value, not cost alone)', () => {
    const file: VendorsFile = { weights: { cost: 3, quality_record: 1 }, vendors: [{ id: 'a', name: 'A', scope: ['x'] }] };
    expect(scoreVendors(file, where).findings.map((f) => f.rule)).toContain('cost-heavy-weights');
    const fair: VendorsFile = { vendors: [{ id: 'a', name: 'A', scope: ['x'] }] };
    expect(scoreVendors(fair, where).findings.map((f) => f.rule)).not.toContain('cost-heavy-weights');
  });

  it('uses the default weights of the seeds when the file gives none', () => {
    const card = scoreVendors({ vendors: [] }, where);
    expect(card.weightSource).toBe('default');
    const total = VENDOR_CRITERIA.reduce((s, c) => s + c.weight, 0);
    expect(card.weights.find((w) => w.criterion === 'vertical_expertise')?.weight).toBeCloseTo(3 / total, 10);
  });

  it('ranks a vendor at least as good on every criterion and better on one above the other, for any weights', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    const ids = VENDOR_CRITERIA.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.array(rating, { minLength: ids.length, maxLength: ids.length }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: ids.length, maxLength: ids.length }),
        fc.nat(ids.length - 1),
        (base, w, better) => {
          const worse = Object.fromEntries(ids.map((id, i) => [id, base[i] === 5 && i === better ? 4 : base[i]]));
          const good = { ...worse, [ids[better]!]: Math.min(5, (worse[ids[better]!] as number) + 1) };
          const weights = Object.fromEntries(ids.map((id, i) => [id, w[i]!]));
          const card = scoreVendors(
            {
              weights,
              vendors: [
                { id: 'z-worse', name: 'W', ratings: worse },
                { id: 'a-good', name: 'G', ratings: good },
              ],
            },
            where,
          );
          return card.vendors[0]?.id === 'a-good';
        },
      ),
    );
  });

  it('reports a broken vendors file at the line of each problem', () => {
    const bad = loadVendors(readFileSync(fixture('plan', 'vendors-bad.yaml'), 'utf8'), 'bad.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors[0]).toMatchObject({ file: 'bad.yaml', line: 4 });
      expect(bad.errors[0]?.message).toContain('unknown key "qualty_record"');
      expect(bad.errors[0]?.message).toContain('did you mean "quality_record"');
    }
    const dup = loadVendors(readFileSync(fixture('plan', 'vendors-dup.yaml'), 'utf8'), 'dup.yaml');
    expect(!dup.ok && dup.errors[0]).toMatchObject({ line: 5, message: 'vendors[1].id: duplicate id "alpha" (first used by vendors[0])' });
  });
});

describe('outsource vendors', () => {
  it('prints the example scorecard with its flags, exit 0', async () => {
    const r = await runInProcess(['vendors', example('vendors.yaml')], { columns: 120 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Vendor scorecard: Northlight Creative');
    expect(r.stdout).toMatch(/overlapping-scope: pixelbridge shares banner-resizing with loomwork/);
    expect(r.stdout).toMatch(/no-scope: budget-pixels has no defined scope/);
    expect(r.stderr).toBe('');
  });

  it('prints JSON with nothing else, best first', async () => {
    const r = await runInProcess(['vendors', example('vendors.yaml'), '--format', 'json']);
    const out = JSON.parse(r.stdout) as { vendors: { id: string; rank: number }[]; summary: { warning: number } };
    expect(out.vendors.map((v) => v.id)).toEqual(['northmark-content', 'clearproof', 'pixelbridge', 'loomwork', 'budget-pixels']);
    expect(out.summary.warning).toBe(3);
  });

  it('prints Markdown and takes --weights', async () => {
    const r = await runInProcess(['vendors', fixture('plan', 'vendors-small.yaml'), '--format', 'markdown', '--weights', fixture('plan', 'ahp-weights.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Weights from --weights');
    expect(r.stdout.split('\n').find((l) => l.startsWith('| 1 |'))).toContain('Beta');
  });

  it('exits 2 with file:line:column for a broken file', async () => {
    const r = await runInProcess(['vendors', fixture('plan', 'vendors-bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/vendors-bad\.yaml:4:\d+: vendors\[0\]\.ratings: unknown key "qualty_record"/);
    expect(r.stdout).toBe('');
  });
});
