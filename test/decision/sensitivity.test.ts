/**
 * What would change a verdict (flips) and how stable a rank is under random
 * weights (rank_stability): the promises of docs/sensitivity.md, checked against the
 * engine itself rather than against hand-written expectations where possible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { scorePriority } from '../../src/core/engine/score.js';
import { decideVerdict } from '../../src/core/engine/verdict.js';
import type { Answers, Method } from '../../src/core/method.js';
import { findFlips, rankStability, withSensitivity } from '../../src/core/sensitivity/index.js';
import { candidateValues, flipDistance, gateCriteria } from '../../src/core/sensitivity/flips.js';
import { verdictOf } from '../../src/core/engine/verdict.js';
import { mulberry32 } from '../../src/core/sensitivity/prng.js';
import { utilities } from '../../src/core/sensitivity/rank-stability.js';
import { describeFlip, whatWouldChange } from '../../src/core/sensitivity/words.js';
import { renderJson } from '../../src/reporters/score/json.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const method = defaultMethod();
const { min, max } = method.scale;

/** Any answers to the default method: each criterion answered on its scale, as a flag, or left out. */
const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    ...method.criteria.map((c) => (c.type === 'flag' ? fc.option(fc.boolean(), { nil: undefined }) : fc.option(fc.integer({ min, max }), { nil: undefined }))),
  )
  .map((values) => {
    const answers: Answers = {};
    method.criteria.forEach((c, i) => {
      const v = values[i];
      if (v !== undefined) answers[c.id] = v;
    });
    return answers;
  });

const verdictWith = (answers: Answers, criterion: string, value: number | boolean) => decideVerdict({ ...answers, [criterion]: value }, method).verdict;

describe('flips: the nearest single-answer change that changes the verdict', () => {
  it('every reported flip really flips the verdict, and no nearer value does (property)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { verdict } = decideVerdict(answers, method);
        const flips = findFlips(answers, method);
        for (const flip of flips) {
          expect(flip.from).toBe(answers[flip.criterion] ?? null);
          expect(flip.verdict).not.toBe(verdict);
          expect(verdictWith(answers, flip.criterion, flip.to)).toBe(flip.verdict);
          const type = method.criteriaById.get(flip.criterion)!.type;
          const order = candidateValues(type, answers[flip.criterion], min, max);
          const nearer = order.slice(0, order.indexOf(flip.to));
          for (const value of nearer) expect(verdictWith(answers, flip.criterion, value)).toBe(verdict);
          if (typeof flip.from === 'number' && typeof flip.to === 'number') {
            // "Nearest" in plain numbers: nothing strictly closer flips it.
            for (let v = min; v <= max; v++) {
              if (v !== flip.from && Math.abs(v - flip.from) < Math.abs(flip.to - flip.from)) expect(verdictWith(answers, flip.criterion, v)).toBe(verdict);
            }
          }
        }
        // A criterion left out of the flips has no value at all that changes the verdict.
        const flipped = new Set(flips.map((f) => f.criterion));
        for (const c of method.criteria) {
          if (flipped.has(c.id)) continue;
          for (const value of candidateValues(c.type, answers[c.id], min, max)) expect(verdictWith(answers, c.id, value)).toBe(verdict);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("verdictOf, the reason-free walk used for speed, agrees with the engine's decideVerdict (property)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(verdictOf(answers, method)).toBe(decideVerdict(answers, method).verdict);
      }),
      { numRuns: 1000 },
    );
  });

  it('a process one point from a gate names that gate and that value: "deferred if risk became 4"', () => {
    const answers = passingAnswers({ risk: 3 });
    const flips = findFlips(answers, method);
    const risk = flips.find((f) => f.criterion === 'risk');
    expect(risk).toEqual({ criterion: 'risk', from: 3, to: 4, verdict: 'defer' });
    expect(describeFlip(risk!)).toBe('deferred if risk became 4');
  });

  it('an answered scale moves the fewest points; on a tie the lower value wins', () => {
    expect(candidateValues('scale', 3, 1, 5)).toEqual([2, 4, 1, 5]);
    expect(candidateValues('flag', true, 1, 5)).toEqual([false]);
    // core_competency 2: 3 keeps the verdict, 4 keeps the process in-house (step 3).
    const flip = findFlips(passingAnswers({ core_competency: 2 }), method).find((f) => f.criterion === 'core_competency');
    expect(flip).toEqual({ criterion: 'core_competency', from: 2, to: 4, verdict: 'keep' });
    expect(flipDistance(flip!)).toBe(2);
  });

  it('an unanswered gate criterion reports from: null and the first value in scale order that decides it', () => {
    const answers = passingAnswers({ risk: undefined });
    expect(decideVerdict(answers, method).verdict).toBe('incomplete');
    const flip = findFlips(answers, method).find((f) => f.criterion === 'risk');
    expect(flip).toEqual({ criterion: 'risk', from: null, to: 1, verdict: 'outsource' });
    expect(describeFlip(flip!)).toBe('outsourced if risk were answered 1');
  });

  it('step-6-only criteria never flip a verdict and are not tried', () => {
    expect(gateCriteria(method)).not.toContain('repetitiveness');
    expect(gateCriteria(method)).toContain('risk');
    expect(findFlips(passingAnswers(), method).some((f) => f.criterion === 'repetitiveness')).toBe(false);
  });

  it('two gates firing at once: neither answer alone changes the verdict, so neither is a flip', () => {
    const answers = passingAnswers({ risk: 5, contractual_duty: true });
    const flips = findFlips(answers, method);
    expect(flips.some((f) => f.criterion === 'risk' || f.criterion === 'contractual_duty')).toBe(false);
  });

  it('a changed threshold changes the flip: with high-jeopardy at risk >= 4, risk 2 flips at 4', () => {
    const custom = methodFrom('extends: default\ngates:\n  high-jeopardy: { op: ">=", value: 4 }\n');
    const flip = findFlips(passingAnswers({ risk: 2 }), custom).find((f) => f.criterion === 'risk');
    expect(flip).toEqual({ criterion: 'risk', from: 2, to: 4, verdict: 'defer' });
  });
});

describe('rank_stability: share of 1,000 seeded weight perturbations under which a rank holds', () => {
  const shortlistOf = (processes: ReturnType<typeof proc>[], m: Method = method) => {
    const inventory = { processes };
    return withSensitivity(evaluateInventory(inventory, m), inventory, m);
  };

  it('is 1 for a process that dominates all others', () => {
    const best = proc(
      'best',
      passingAnswers({ benefit: 5, risk: 1, cost_of_inaction: 5, repetitiveness: 5, tech_complexity: 1, core_competency: 1, domain_expertise: 1 }),
    );
    const others = [
      proc('a', passingAnswers({ benefit: 4, risk: 1, cost_of_inaction: 5, repetitiveness: 5, tech_complexity: 1, core_competency: 1, domain_expertise: 1 })),
      proc('b', passingAnswers({ benefit: 3, risk: 3, cost_of_inaction: 4, repetitiveness: 2 })),
      proc('c', passingAnswers({ benefit: 5, risk: 1, cost_of_inaction: 5, repetitiveness: 5, tech_complexity: 1, core_competency: 1, domain_expertise: 2 })),
    ];
    const assessment = shortlistOf([...others, best]);
    const top = assessment.evaluations.find((e) => e.id === 'best')!;
    expect(top.rank).toBe(1);
    expect(top.rank_stability).toBe(1);
  });

  it('is 1 for a dominating process under any seed and any positive weights (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 7, maxLength: 7 }), (seed, weights) => {
        const criteria = Object.fromEntries(method.priority.map((p, i) => [p.criterion, { priority: { weight: weights[i] } }]));
        const m = methodFrom(JSON.stringify({ extends: 'default', criteria }));
        const ranked = [
          { id: 'z-dominant', answers: passingAnswers({ benefit: 5, risk: 1 }) },
          { id: 'a-second', answers: passingAnswers({ benefit: 4, risk: 1 }) },
          { id: 'b-third', answers: passingAnswers({ benefit: 4, risk: 2, repetitiveness: 2 }) },
        ].map((c) => ({ ...c, priority: scorePriority(c.answers, m) }));
        expect(rankStability(ranked, m, { seed, trials: 50 })[0]).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('is below 1 for two processes whose order depends on the weights, and the same for the same seed', () => {
    // "benefit" trades against "repetitiveness": which ranks first depends on their weights.
    const a = proc('trade-a', passingAnswers({ benefit: 5, repetitiveness: 2 }));
    const b = proc('trade-b', passingAnswers({ benefit: 3, repetitiveness: 5 }));
    const first = shortlistOf([a, b]).shortlist.map((e) => e.rank_stability!);
    const again = shortlistOf([a, b]).shortlist.map((e) => e.rank_stability!);
    expect(first).toEqual(again);
    expect(first[0]).toBeGreaterThan(0);
    expect(first[0]).toBeLessThan(1);
    // With two candidates, one keeps its rank exactly when the other does.
    expect(first[0]).toBe(first[1]);
  });

  it('depends on the seed only through the random draws: another seed gives another, still valid, share', () => {
    const ranked = ['x', 'y', 'z'].map((id, i) => {
      const answers = passingAnswers({ benefit: 3 + i, repetitiveness: 5 - i, cost_of_inaction: 2 + (i % 2) });
      return { id, answers, priority: scorePriority(answers, method) };
    });
    ranked.sort((p, q) => q.priority.score - p.priority.score);
    const one = rankStability(ranked, method, { seed: 1 });
    const two = rankStability(ranked, method, { seed: 2 });
    for (const share of [...one, ...two]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
      expect(Number.isInteger(share * 1000)).toBe(true);
    }
    expect(one).toEqual(rankStability(ranked, method, { seed: 1 }));
  });

  it('with no spread, every rank holds: the recomputed scores agree with the engine', () => {
    const processes = ['p', 'q', 'r', 's'].map((id, i) => proc(id, passingAnswers({ benefit: 2 + i, risk: 3 - (i % 3), tech_complexity: 1 + (i % 3) })));
    const answersOf = new Map(processes.map((p) => [p.id, p.answers]));
    const ranked = evaluateInventory({ processes }, method).shortlist.map((e) => ({ id: e.id, answers: answersOf.get(e.id)!, priority: e.priority! }));
    expect(rankStability(ranked, method, { spread: 0, trials: 10 })).toEqual([1, 1, 1, 1]);
  });

  it('on long shortlists (radix sort) it matches a plain re-rank with the engine comparator, exact ties included', () => {
    // 700 candidates from 60 distinct answer sets: many exact score ties, broken by utility and then id.
    const random = mulberry32(99);
    const pick = () => 1 + Math.floor(random() * 5);
    const shapes = Array.from({ length: 60 }, () =>
      passingAnswers({
        benefit: 2 + Math.floor(random() * 4),
        risk: 1 + Math.floor(random() * 3),
        cost_of_inaction: pick(),
        repetitiveness: pick(),
        tech_complexity: pick(),
      }),
    );
    const processes = Array.from({ length: 700 }, (_, i) => proc(`p${String(i).padStart(3, '0')}`, shapes[i % shapes.length]!));
    const answersOf = new Map(processes.map((p) => [p.id, p.answers]));
    const ranked = evaluateInventory({ processes }, method).shortlist.map((e) => ({ id: e.id, answers: answersOf.get(e.id)!, priority: e.priority! }));
    expect(ranked).toHaveLength(700);
    const trials = 20;
    const fast = rankStability(ranked, method, { seed: 5, trials });

    // Reference: the same draws, scores through scorePriority with the drawn weights, sorted with the engine's rule.
    const draws = mulberry32(5);
    const kept = new Array<number>(ranked.length).fill(0);
    for (let t = 0; t < trials; t++) {
      const factors = method.priority.map(() => 0.75 + 0.5 * draws());
      const perturbed = { ...method, priority: method.priority.map((p, j) => ({ ...p, weight: p.weight * factors[j]! })) };
      perturbed.totalWeight = perturbed.priority.reduce((sum, p) => sum + p.weight, 0);
      const rescored = ranked.map((c, i) => ({ i, id: c.id, score: scorePriority(c.answers, perturbed).score, utility: c.priority.utility }));
      rescored.sort((a, b) => b.score - a.score || b.utility - a.utility || (a.id < b.id ? -1 : 1));
      rescored.forEach((r, position) => {
        if (r.i === position) kept[r.i]!++;
      });
    }
    // The same arithmetic in the same order: the shares agree exactly, and some ranks do move.
    expect(fast).toEqual(kept.map((k) => k / trials));
    expect(fast.some((share) => share < 1)).toBe(true);
  });

  it('utilities() counts answers exactly as scorePriority does', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const u = utilities(answers, method);
        const weighted = method.priority.reduce((sum, p, i) => sum + p.weight * u[i]!, 0);
        expect((100 * weighted) / method.totalWeight).toBeCloseTo(scorePriority(answers, method).score, 9);
        expect(u.reduce((a, b) => a + b, 0)).toBeCloseTo(scorePriority(answers, method).utility, 12);
      }),
    );
  });

  it('mulberry32 is deterministic and uniform enough on [0, 1)', () => {
    const r = mulberry32(42);
    const draws = Array.from({ length: 10000 }, () => r());
    expect(draws.slice(0, 3)).toEqual([mulberry32(42)(), expect.any(Number), expect.any(Number)]);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('reports', () => {
  it('JSON gains flips and rank_stability only with --sensitivity; the published fields are unchanged', () => {
    const inventory = { processes: [proc('near', passingAnswers({ risk: 3 })), proc('kept', passingAnswers({ core_competency: 5 }))] };
    const plain = evaluateInventory(inventory, method);
    const plainJson = JSON.parse(renderJson({ assessment: plain, method })) as { processes: Record<string, unknown>[] };
    expect(plainJson.processes[0]).not.toHaveProperty('flips');
    expect(plainJson.processes[0]).not.toHaveProperty('rank_stability');

    const sensitive = withSensitivity(evaluateInventory(inventory, method), inventory, method);
    const json = JSON.parse(renderJson({ assessment: sensitive, method })) as { processes: Record<string, unknown>[] };
    const [near, kept] = json.processes;
    expect(near).toMatchObject({ id: 'near', verdict: 'outsource', rank: 1, rank_stability: 1 });
    expect(near!.flips).toContainEqual({ criterion: 'risk', from: 3, to: 4, verdict: 'defer' });
    expect(kept).not.toHaveProperty('rank_stability');
    expect(kept!.flips).toContainEqual({ criterion: 'core_competency', from: 5, to: 3, verdict: 'outsource' });
    for (const key of ['id', 'name', 'verdict', 'score', 'rank', 'confidence', 'reasons', 'missing']) expect(near![key]).toEqual(plainJson.processes[0]![key]);
  });

  it('the table cell puts the answers that decided the verdict first, in plain words', () => {
    const inventory = { processes: [proc('deferred', passingAnswers({ in_progress: true }))] };
    const assessment = withSensitivity(evaluateInventory(inventory, method), inventory, method);
    const lines = whatWouldChange(assessment.evaluations[0]!);
    expect(lines[0]).toBe('outsourced if in_progress became false');
    expect(lines.at(-1)).toMatch(/^and \d+ more \(see --explain\)$/);
  });
});
