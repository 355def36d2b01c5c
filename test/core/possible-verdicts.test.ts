/**
 * What unknowns still allow, checked against brute force: every answer to
 * every unanswered criterion, run through the verdict walk itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { possibleOutcomes } from '../../src/core/engine/possible.js';
import { scorePriority } from '../../src/core/engine/score.js';
import { decideVerdict, verdictOf } from '../../src/core/engine/verdict.js';
import type { Answer, Answers, Method } from '../../src/core/method.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const base = defaultMethod();
const CRITERIA = base.criteria.filter((c) => !c.optional);
const round = (x: number) => Math.round(x * 10) / 10;

/** Rules with random monotone thresholds on every gate: the enumeration must not rely on the default's numbers. */
const methodArb: fc.Arbitrary<Method> = fc
  .tuple(
    ...[3, 4, 5]
      .flatMap((s) => base.gatesByStep[s as 3 | 4 | 5])
      .map((g) =>
        typeof g.value === 'boolean'
          ? fc.boolean().map((v) => [g.id, { value: v }] as const)
          : fc.tuple(fc.constantFrom('>=', '<='), fc.integer({ min: 1, max: 5 })).map(([op, value]) => [g.id, { op, value }] as const),
      ),
  )
  .chain((gates) => fc.oneof(fc.constant(base), fc.constant(methodFrom(JSON.stringify({ extends: 'default', gates: Object.fromEntries(gates) })))));

/** Answers where up to `maxOpen` criteria (gate or step-6) are left unanswered. */
const answersArb = (maxOpen: number) =>
  fc
    .tuple(
      fc.array(fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.boolean()), { nil: undefined }), {
        minLength: CRITERIA.length,
        maxLength: CRITERIA.length,
      }),
      fc.uniqueArray(fc.integer({ min: 0, max: CRITERIA.length - 1 }), { maxLength: maxOpen }),
      fc.boolean(),
    )
    .map(([raw, open, fromPassing]) => {
      const answers: Record<string, Answer> = fromPassing ? { ...passingAnswers() } : {};
      CRITERIA.forEach((c, i) => {
        const r = raw[i];
        if (!fromPassing && r !== undefined)
          answers[c.id] = c.type === 'flag' ? Boolean(typeof r === 'boolean' ? r : r > 2) : typeof r === 'number' ? r : r ? 4 : 2;
        if (!fromPassing && r === undefined) answers[c.id] = c.type === 'flag' ? false : 2;
      });
      for (const i of open) delete answers[CRITERIA[i]!.id];
      return answers;
    });

function* completions(answers: Answers, method: Method): Generator<Answers> {
  const open = CRITERIA.filter((c) => answers[c.id] === undefined);
  const values = open.map((c) => (c.type === 'flag' ? [false, true] : [1, 2, 3, 4, 5]));
  const index = open.map(() => 0);
  for (;;) {
    const filled: Record<string, Answer> = { ...answers };
    open.forEach((c, i) => (filled[c.id] = values[i]![index[i]!]!));
    yield filled;
    let k = 0;
    while (k < open.length && ++index[k]! === values[k]!.length) index[k++] = 0;
    if (k === open.length) return;
  }
  void method;
}

function bruteForce(answers: Answers, method: Method) {
  const verdicts = new Set<string>();
  let low = Infinity;
  let high = -Infinity;
  for (const filled of completions(answers, method)) {
    const { verdict } = decideVerdict(filled, method);
    verdicts.add(verdict);
    if (verdict === 'outsource' || verdict === 'split') {
      const s = scorePriority(filled, method).score;
      low = Math.min(low, s);
      high = Math.max(high, s);
    }
  }
  return { possible_verdicts: [...verdicts].sort(), score_range: Number.isFinite(low) ? [round(low), round(high)] : null };
}

describe('possible_verdicts and score_range', () => {
  it('equal a brute-force enumeration of every answer to the unanswered criteria, whatever the thresholds', () => {
    fc.assert(
      fc.property(methodArb, answersArb(6), (method, answers) => {
        const got = possibleOutcomes(answers, method);
        const want = bruteForce(answers, method);
        expect(got.possible_verdicts).toEqual(want.possible_verdicts);
        expect(got.score_range).toEqual(want.score_range);
        // Nothing incomplete survives once every question is answered.
        expect(got.possible_verdicts).not.toContain('incomplete');
        // The verdict today is possible, unless it is incomplete.
        const today = decideVerdict(answers, method).verdict;
        if (today !== 'incomplete') expect(got.possible_verdicts).toContain(today);
      }),
      { numRuns: 150 },
    );
  });

  it('score_range starts at the score when the process is already a candidate', () => {
    fc.assert(
      fc.property(methodArb, answersArb(4), (method, answers) => {
        const e = evaluateProcess(proc('p', answers), method);
        if (e.score === null) return;
        expect(e.score_range?.[0]).toBe(e.score);
      }),
      { numRuns: 200 },
    );
  });

  it("an incomplete process lists every unanswered criterion that could change it, not only the first step's", () => {
    const e = evaluateProcess(
      proc('p', passingAnswers({ vendor_parity: undefined, politically_sensitive: undefined, risk: undefined, repetitiveness: undefined })),
      base,
    );
    expect(e.verdict).toBe('incomplete');
    expect(e.reasons.map((r) => r.criterion)).toEqual(['vendor_parity']);
    expect(e.could_change).toEqual(['vendor_parity', 'politically_sensitive', 'risk']);
    expect(e.possible_verdicts).toEqual(['defer', 'keep', 'outsource', 'retain']);
  });

  it('a retain whose separable is unanswered could still be a split', () => {
    const e = evaluateProcess(proc('p', passingAnswers({ compliance_owner: true })), base);
    expect(e.verdict).toBe('retain');
    expect(e.possible_verdicts).toEqual(['retain', 'split']);
    expect(e.could_change).toEqual(['separable']);
    expect(e.missing).toEqual(['separable']);
  });

  it("the verdict alone (a streamed run's first pass) is decideVerdict's, whatever the rules and the answers", () => {
    const optional = base.criteria.filter((c) => c.optional && c.type === 'flag');
    const flagsArb = fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: optional.length, maxLength: optional.length });
    fc.assert(
      fc.property(methodArb, answersArb(6), flagsArb, (method, answers, flags) => {
        const all: Record<string, Answer> = { ...answers };
        optional.forEach((c, i) => {
          const flag = flags[i];
          if (flag !== undefined) all[c.id] = flag;
        });
        expect(verdictOf(all, method)).toBe(decideVerdict(all, method).verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('processes with the same answers are searched once but each gets arrays of its own', () => {
    const sparse = { core_competency: 2 };
    const first = possibleOutcomes(sparse, base);
    expect(first.could_change.length).toBeGreaterThan(3);
    first.possible_verdicts.push('keep');
    first.could_change.length = 0;
    first.score_range![0] = -1;
    const second = possibleOutcomes({ ...sparse }, base);
    expect(second.could_change.length).toBeGreaterThan(3);
    expect(second.possible_verdicts).toEqual([...new Set(second.possible_verdicts)]);
    expect(second.score_range![0]).toBeGreaterThanOrEqual(0);
  });

  it('the same answers under other rules are searched under those rules', () => {
    const strict = methodFrom(JSON.stringify({ extends: 'default', gates: { 'no-vendor-parity': { op: '<=', value: 5 } } }));
    const answers = { core_competency: 2, benefit: 4 };
    expect(possibleOutcomes(answers, base).possible_verdicts).toContain('outsource');
    expect(possibleOutcomes(answers, strict).possible_verdicts).toEqual(['keep']);
  });

  it('a fully answered process has one possible verdict and nothing that could change it', () => {
    const e = evaluateProcess(proc('p', passingAnswers()), base);
    expect(e).toMatchObject({ possible_verdicts: ['outsource'], could_change: [], score_range: [e.score, e.score] });
  });
});
