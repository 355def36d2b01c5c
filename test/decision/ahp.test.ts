/**
 * AHP weights against published worked examples and against the mathematics
 * they rest on. Sources:
 *
 * [S1990] T. L. Saaty, "How to make a decision: The Analytic Hierarchy
 *   Process", European Journal of Operational Research 48 (1990) 9-26: the
 *   house example (eight criteria). Published: priorities .173 .054 .188 .018
 *   .031 .036 .167 .333, lambda_max 9.669, C.I. 0.238, C.R. 0.169.
 * [S2008] T. L. Saaty, "Decision making with the analytic hierarchy process",
 *   Int. J. Services Sciences 1(1) (2008) 83-98, Table 2: "Which drink is
 *   consumed more in the US?" (seven drinks). Published: coffee .177, wine
 *   .019, tea .042, beer .116, sodas .190, milk .129, water .327; C.R. 0.022.
 * [H1987] P. T. Harker, "Incomplete pairwise comparisons in the analytic
 *   hierarchy process", Mathematical Modelling 9(11) (1987) 837-848: the
 *   method for missing comparisons. We did not find a numeric example of the
 *   paper we could check to 3 decimals, so it is tested by its defining
 *   properties: consistent partial judgements give the exact weights, and
 *   the matrix completed with the estimates has the same eigenvector.
 * For n = 3 the principal eigenvector is the normalised row geometric mean
 * and lambda_max = 1 + r^(1/3) + r^(-1/3) with r = a12 a23 / a13 (a closed
 * form, e.g. Crawford & Williams 1985), which checks the example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePairwise, formatRatio, parseMatrixFile, parseRatio, weightsRulesFile, type Comparison } from '../../src/core/ahp/index.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { repoRoot } from '../helpers/paths.js';

/** Upper-triangle judgements of a full matrix, row by row, as comparisons. */
function fromMatrix(names: string[], rows: number[][]): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.push({ a: names[i]!, b: names[j]!, value: rows[i]![j]! });
  return out;
}
const to3 = (x: number) => Number(x.toFixed(3));

describe('published worked examples, to 3 decimals', () => {
  it('[S1990] the house example: priorities, lambda_max, CI and CR', () => {
    const names = ['size', 'transportation', 'neighbourhood', 'age', 'yard', 'modern facilities', 'general condition', 'financing'];
    const rows = [
      [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
      [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
      [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
      [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
      [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
      [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
      [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
      [4, 7, 5, 8, 6, 6, 2, 1],
    ];
    const r = analysePairwise({ criteria: names, comparisons: fromMatrix(names, rows) });
    expect(names.map((n) => to3(r.weights[n]!))).toEqual([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect(to3(r.lambda_max)).toBe(9.669);
    expect(to3(r.consistency_index)).toBe(0.238);
    expect(to3(r.consistency_ratio)).toBe(0.169);
    expect(r.consistency_ratio).toBeGreaterThan(0.1);
    expect(r.estimated).toEqual([]);
  });

  it('[S2008] which drink is consumed more in the US: priorities and CR', () => {
    const names = ['coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water'];
    const rows = [
      [1, 9, 5, 2, 1, 1, 1 / 2],
      [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
      [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
      [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [1, 9, 4, 2, 1, 2, 1 / 2],
      [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    const r = analysePairwise({ criteria: names, comparisons: fromMatrix(names, rows) });
    expect(names.map((n) => to3(r.weights[n]!))).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(to3(r.consistency_ratio)).toBe(0.022);
  });

  it("the issue's example (n = 3): geometric-mean weights and the closed-form lambda_max", () => {
    const r = analysePairwise({
      criteria: ['benefit', 'risk', 'cost_of_inaction'],
      comparisons: [
        { a: 'benefit', b: 'risk', value: 3 },
        { a: 'benefit', b: 'cost_of_inaction', value: 5 },
        { a: 'risk', b: 'cost_of_inaction', value: 2 },
      ],
    });
    const gm = [Math.cbrt(3 * 5), Math.cbrt((1 / 3) * 2), Math.cbrt(1 / 10)];
    const sum = gm[0]! + gm[1]! + gm[2]!;
    expect(r.weights.benefit).toBeCloseTo(gm[0]! / sum, 10);
    expect(r.weights.risk).toBeCloseTo(gm[1]! / sum, 10);
    expect(r.weights.cost_of_inaction).toBeCloseTo(gm[2]! / sum, 10);
    const ratio = (3 * 2) / 5;
    expect(r.lambda_max).toBeCloseTo(1 + Math.cbrt(ratio) + 1 / Math.cbrt(ratio), 10);
    expect([to3(r.weights.benefit!), to3(r.weights.risk!), to3(r.weights.cost_of_inaction!)]).toEqual([0.648, 0.23, 0.122]);
    expect(to3(r.consistency_ratio)).toBe(0.003);
  });
});

describe('consistency', () => {
  const weightsArb = fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 2, maxLength: 10 });

  it('a consistent matrix gives CR 0 and weights in exactly its ratios (property)', () => {
    fc.assert(
      fc.property(weightsArb, (w) => {
        const names = w.map((_, i) => `c${i}`);
        const comparisons: Comparison[] = [];
        for (let i = 0; i < w.length; i++) for (let j = i + 1; j < w.length; j++) comparisons.push({ a: names[i]!, b: names[j]!, value: w[i]! / w[j]! });
        const r = analysePairwise({ criteria: names, comparisons });
        expect(r.consistency_ratio).toBe(0);
        expect(r.consistency_index).toBe(0);
        expect(r.lambda_max).toBeCloseTo(w.length, 9);
        expect(r.most_inconsistent).toBeNull();
        const total = w.reduce((a, b) => a + b, 0);
        names.forEach((n, i) => expect(r.weights[n]).toBeCloseTo(w[i]! / total, 9));
      }),
    );
  });

  it('a consistent matrix on the 1-9 scale gives the exact integer ratios', () => {
    // Weights in proportion 4 : 2 : 1 : 1 make every judgement a whole number or its reciprocal.
    const r = analysePairwise({
      criteria: ['a', 'b', 'c', 'd'],
      comparisons: [
        { a: 'a', b: 'b', value: 2 },
        { a: 'a', b: 'c', value: 4 },
        { a: 'a', b: 'd', value: 4 },
        { a: 'b', b: 'c', value: 2 },
        { a: 'b', b: 'd', value: 2 },
        { a: 'c', b: 'd', value: 1 },
      ],
    });
    expect(r.consistency_ratio).toBe(0);
    expect(r.weights.a! / r.weights.b!).toBeCloseTo(2, 12);
    expect(r.weights.a! / r.weights.c!).toBeCloseTo(4, 12);
    expect(r.weights).toEqual({ a: expect.closeTo(0.5, 12), b: expect.closeTo(0.25, 12), c: expect.closeTo(0.125, 12), d: expect.closeTo(0.125, 12) });
  });

  it('two criteria are always consistent: CR 0', () => {
    const r = analysePairwise({ criteria: ['a', 'b'], comparisons: [{ a: 'b', b: 'a', value: 7 }] });
    expect(r.consistency_ratio).toBe(0);
    expect(r.weights.b).toBeCloseTo(7 / 8, 12);
  });

  it('circular judgements get a high CR and the pair to revisit, as the user wrote it', () => {
    const r = analysePairwise({
      criteria: ['benefit', 'risk', 'cost_of_inaction'],
      comparisons: [
        { a: 'benefit', b: 'risk', value: 5 },
        { a: 'risk', b: 'cost_of_inaction', value: 5 },
        { a: 'cost_of_inaction', b: 'benefit', value: 3 },
      ],
    });
    expect(r.consistency_ratio).toBeGreaterThan(1);
    expect(r.most_inconsistent).not.toBeNull();
    const [a, b] = r.most_inconsistent!;
    expect(r.revisit!.implied).toBeCloseTo(r.weights[a]! / r.weights[b]!, 12);
    // Every other given pair departs less from what the weights imply.
    const departs = (x: string, y: string, v: number) => Math.abs(Math.log(v / (r.weights[x]! / r.weights[y]!)));
    const worst = departs(a, b, r.revisit!.given);
    expect(departs('benefit', 'risk', 5)).toBeLessThanOrEqual(worst + 1e-12);
    expect(departs('risk', 'cost_of_inaction', 5)).toBeLessThanOrEqual(worst + 1e-12);
    expect(departs('cost_of_inaction', 'benefit', 3)).toBeLessThanOrEqual(worst + 1e-12);
  });
});

describe("[H1987] missing comparisons: Harker's method", () => {
  it('consistent partial judgements that link every criterion give the exact weights (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 3, maxLength: 8 }), fc.integer({ min: 0, max: 1000 }), (w, salt) => {
        const names = w.map((_, i) => `c${i}`);
        // A spanning tree: each criterion after the first is compared with one before it.
        const comparisons = names.slice(1).map((name, k) => {
          const j = (salt + k) % (k + 1);
          return { a: name, b: names[j]!, value: w[k + 1]! / w[j]! };
        });
        const r = analysePairwise({ criteria: names, comparisons });
        const total = w.reduce((a, b) => a + b, 0);
        names.forEach((n, i) => expect(r.weights[n]).toBeCloseTo(w[i]! / total, 8));
        expect(r.estimated).toHaveLength((w.length * (w.length - 1)) / 2 - comparisons.length);
        expect(r.consistency_ratio).toBe(0);
      }),
    );
  });

  it('the matrix completed with the estimates has the same eigenvector and lambda_max', () => {
    const names = ['coffee', 'wine', 'tea', 'beer', 'sodas'];
    const partial: Comparison[] = [
      { a: 'coffee', b: 'wine', value: 9 },
      { a: 'coffee', b: 'tea', value: 5 },
      { a: 'tea', b: 'wine', value: 3 },
      { a: 'beer', b: 'tea', value: 3 },
      { a: 'sodas', b: 'beer', value: 2 },
      { a: 'sodas', b: 'coffee', value: 1 },
    ];
    const harker = analysePairwise({ criteria: names, comparisons: partial });
    expect(harker.estimated.map((e) => e.pair)).toEqual([
      ['coffee', 'beer'],
      ['wine', 'beer'],
      ['wine', 'sodas'],
      ['tea', 'sodas'],
    ]);
    for (const e of harker.estimated) expect(e.value).toBeCloseTo(harker.weights[e.pair[0]]! / harker.weights[e.pair[1]]!, 12);
    const completed = analysePairwise({
      criteria: names,
      comparisons: [...partial, ...harker.estimated.map((e) => ({ a: e.pair[0], b: e.pair[1], value: e.value }))],
    });
    for (const n of names) expect(completed.weights[n]).toBeCloseTo(harker.weights[n]!, 9);
    expect(completed.lambda_max).toBeCloseTo(harker.lambda_max, 9);
    expect(completed.consistency_ratio).toBeCloseTo(harker.consistency_ratio, 9);
  });

  it('refuses comparisons that do not link every criterion', () => {
    expect(() => analysePairwise({ criteria: ['a', 'b', 'c'], comparisons: [{ a: 'a', b: 'b', value: 2 }] })).toThrow(/link/);
  });
});

describe('the comparisons file', () => {
  const allowed = defaultMethod().priority.map((p) => p.criterion);
  const fixture = (name: string) => join('test', 'fixtures', 'decision', name);
  const parse = (name: string) => parseMatrixFile(readFileSync(join(repoRoot, fixture(name)), 'utf8'), fixture(name), allowed);

  it("reads the issue's format, ratios as numbers or strings", () => {
    const r = parse('weights-team.yaml');
    if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
    expect(r.value.criteria).toEqual(allowed);
    expect(r.value.comparisons.at(-1)).toEqual({ a: 'tech_complexity', b: 'repetitiveness', value: 0.5 });
    expect(parseRatio('1/3')).toBeCloseTo(1 / 3, 15);
    expect(parseRatio(' 2.5 ')).toBe(2.5);
    expect(parseRatio('two')).toBeUndefined();
    expect(formatRatio(1 / 3)).toBe('1/3');
    expect(formatRatio(7)).toBe('7');
  });

  it('out-of-scale, contradictory, self-compared, unknown and unreadable entries are errors at file:line:column', () => {
    const r = parse('weights-bad.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const f = fixture('weights-bad.yaml');
    expect(r.errors.map(formatDiagnostic)).toEqual([
      `${f}:1:45: criteria[3]: "repetitivness" is not a step-6 criterion (did you mean "repetitiveness"?) (step-6 criteria: ${allowed.join(', ')})`,
      `${f}:4:21: comparisons[1]: contradicts comparisons[0] (line 3): risk vs benefit is 3 here but 1/3 there; give each pair once`,
      `${f}:5:33: comparisons[2]: 12 is off Saaty's scale: use 1/9 to 9 (9 = extremely more important)`,
      `${f}:6:12: comparisons[3]: "risk" is compared with itself`,
      `${f}:7:30: comparisons[4]: "two" is not a number or a ratio such as 3 or 1/3`,
    ]);
  });

  it('the same pair given twice with the same judgement (either way round) is accepted once', () => {
    const r = parseMatrixFile('criteria: [benefit, risk]\ncomparisons:\n  - [benefit, risk, 3]\n  - [risk, benefit, 0.333]\n', 'm.yaml', allowed);
    expect(r.ok && r.value.comparisons).toEqual([{ a: 'benefit', b: 'risk', value: 3 }]);
  });

  it('criteria that no comparison links to the others are an error at the first of them', () => {
    const r = parse('weights-unlinked.yaml');
    expect(!r.ok && r.errors.map(formatDiagnostic)).toEqual([
      `${fixture('weights-unlinked.yaml')}:1:27: cost_of_inaction, repetitiveness are not linked to benefit by any chain of comparisons: compare them with at least one other criterion`,
    ]);
  });

  it('an unknown key and a short row are reported where they are', () => {
    const r = parseMatrixFile('criteria: [benefit, risk]\ncompare: []\ncomparisons:\n  - [benefit, risk]\n', 'm.yaml', allowed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.errors.map(formatDiagnostic);
    expect(lines.some((l) => l.startsWith('m.yaml:2:1: top level: unknown key "compare"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('m.yaml:4:5: comparisons[0]'))).toBe(true);
  });
});

describe('the rules file it writes', () => {
  it('extends the default, sets every step-6 weight, loads, and keeps the comparisons as comments', () => {
    const method = defaultMethod();
    const criteria = method.priority.map((p) => p.criterion);
    const comparisons = criteria.slice(1).map((c) => ({ a: criteria[0]!, b: c, value: 2 }));
    const result = analysePairwise({ criteria, comparisons });
    const text = weightsRulesFile(result, comparisons, 'test');
    expect(text).toContain('extends: default');
    expect(text).toContain(`#   ${criteria[0]} vs ${criteria[1]}: 2`);
    const loaded = methodFrom(text, 'weights.yaml');
    const weights = Object.fromEntries(loaded.priority.map((p) => [p.criterion, p.weight]));
    expect(weights[criteria[0]!]).toBeCloseTo(0.25, 4);
    for (const c of criteria.slice(1)) expect(weights[c]).toBeCloseTo(0.125, 4);
    // Effects are the default's: only the weights change.
    expect(loaded.priority.map((p) => p.effect)).toEqual(method.priority.map((p) => p.effect));
  });
});
