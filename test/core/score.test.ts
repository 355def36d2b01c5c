import { describe, expect, it } from 'vitest';
import { evaluateInventory, evaluateProcess } from '../../src/core/engine/evaluate.js';
import { contributions, scorePriority } from '../../src/core/engine/score.js';
import { assignRanks, compareForRank } from '../../src/core/engine/rank.js';
import type { Answers, Method } from '../../src/core/method.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const method = defaultMethod();

/** The most favourable answers that still pass steps 3-5, and the least favourable step-6 answers on the scale. */
const BEST = passingAnswers({ core_competency: 1, benefit: 5, risk: 1, domain_expertise: 1, cost_of_inaction: 5, tech_complexity: 1, repetitiveness: 5 });
const WORST_STEP6 = { core_competency: 5, benefit: 1, risk: 5, domain_expertise: 5, cost_of_inaction: 1, tech_complexity: 5, repetitiveness: 1 };

/** Step 6 restated independently: weighted mean of favourability on 0-100, unanswered = least favourable. */
function expectedScore(answers: Answers, m: Method): number {
  let sum = 0;
  let total = 0;
  for (const c of m.criteria) {
    if (!c.priority) continue;
    total += c.priority.weight;
    const v = answers[c.id];
    if (typeof v !== 'number') continue;
    const u = (v - m.scale.min) / (m.scale.max - m.scale.min);
    sum += c.priority.weight * (c.priority.effect === 'raises' ? u : 1 - u);
  }
  return (100 * sum) / total;
}

describe('step-6 weights of the default method', () => {
  it('are the ones the expected figures below assume', () => {
    expect(method.priority.map((p) => [p.criterion, p.effect, p.weight])).toEqual([
      ['core_competency', 'lowers', 2],
      ['benefit', 'raises', 3],
      ['risk', 'lowers', 3],
      ['domain_expertise', 'lowers', 2],
      ['cost_of_inaction', 'raises', 2],
      ['tech_complexity', 'lowers', 1],
      ['repetitiveness', 'raises', 2],
    ]);
    expect(method.totalWeight).toBe(15);
  });
});

describe('scorePriority and the score of an outsource process', () => {
  it('is 100 with confidence 1 for the most favourable answers', () => {
    const e = evaluateProcess(proc('best', BEST), method);
    expect(e).toMatchObject({ verdict: 'outsource', score: 100, confidence: 1 });
  });

  it('is 0 for the least favourable answers on every step-6 criterion', () => {
    expect(scorePriority(WORST_STEP6, method)).toMatchObject({ score: 0, confidence: 1 });
    // With the step-6 gates switched off, such a process is an outsource candidate scoring 0.
    const open = methodFrom(
      'extends: default\ngates:\n' +
        ['competitive-advantage', 'too-little-benefit', 'high-jeopardy', 'rare-expertise'].map((g) => `  ${g}: { enabled: false }\n`).join(''),
    );
    const e = evaluateProcess(proc('worst', passingAnswers(WORST_STEP6)), open);
    expect(e).toMatchObject({ verdict: 'outsource', score: 0, confidence: 1 });
  });

  it('is 0 with confidence 0 when no step-6 criterion is answered', () => {
    expect(scorePriority({}, method)).toMatchObject({ score: 0, confidence: 0 });
  });

  it('matches the weighted mean, rounded to one decimal', () => {
    // (2*.75 + 3*.75 + 3*.75 + 2*.75 + 2*.5 + 1*.75 + 2*.75) / 15 = 10.75 / 15
    const e = evaluateProcess(proc('mid', passingAnswers()), method);
    expect(e.score).toBe(71.7);
    expect(e.priority?.score).toBeCloseTo((100 * 10.75) / 15, 10);
    for (const answers of [BEST, passingAnswers({ benefit: 2, risk: 4, repetitiveness: 1 }), passingAnswers({ core_competency: 3, tech_complexity: 5 })]) {
      expect(scorePriority(answers, method).score).toBeCloseTo(expectedScore(answers, method), 10);
    }
  });

  it('rises with a raising criterion and falls with a lowering one', () => {
    const base = scorePriority(passingAnswers(), method).score;
    expect(scorePriority(passingAnswers({ repetitiveness: 5 }), method).score).toBeGreaterThan(base);
    expect(scorePriority(passingAnswers({ tech_complexity: 3 }), method).score).toBeLessThan(base);
  });
});

describe('confidence and unanswered step-6 criteria', () => {
  it('is the share of step-6 weight that was answered', () => {
    // cost_of_inaction (2) and tech_complexity (1) unanswered: 12 of 15.
    const e = evaluateProcess(proc('a', passingAnswers({ cost_of_inaction: undefined, tech_complexity: undefined })), method);
    expect(e.verdict).toBe('outsource');
    expect(e.confidence).toBe(0.8);
    // repetitiveness (2) unanswered: 13 of 15 = 0.8667, rounded to three decimals.
    expect(evaluateProcess(proc('b', passingAnswers({ repetitiveness: undefined })), method).confidence).toBe(0.867);
  });

  it('counts an unanswered criterion at its least favourable value', () => {
    for (const [criterion, worst] of [
      ['cost_of_inaction', 1],
      ['tech_complexity', 5],
      ['repetitiveness', 1],
    ] as const) {
      const unanswered = scorePriority(passingAnswers({ [criterion]: undefined }), method);
      const answeredWorst = scorePriority(passingAnswers({ [criterion]: worst }), method);
      expect(unanswered.score).toBe(answeredWorst.score);
      expect(unanswered.confidence).toBeLessThan(1);
      expect(scorePriority(passingAnswers({ [criterion]: 3 }), method).score).toBeGreaterThan(unanswered.score);
    }
  });
});

describe('contributions', () => {
  it('add up to the score, and their maxima to 100', () => {
    for (const answers of [BEST, passingAnswers(), passingAnswers({ tech_complexity: undefined, benefit: 2 })]) {
      const parts = contributions(answers, method);
      const points = parts.reduce((s, c) => s + c.points, 0);
      const max = parts.reduce((s, c) => s + c.max, 0);
      expect(points).toBeCloseTo(scorePriority(answers, method).score, 9);
      expect(max).toBeCloseTo(100, 9);
    }
  });

  it('give each criterion its weight share: benefit is 3 of 15, i.e. up to 20 points', () => {
    const benefit = contributions(passingAnswers({ benefit: 5 }), method).find((c) => c.criterion === 'benefit');
    expect(benefit).toMatchObject({ effect: 'raises', weight: 3, value: 5 });
    expect(benefit?.points).toBeCloseTo(20, 9);
    expect(benefit?.max).toBeCloseTo(20, 9);
  });
});

describe('ranking', () => {
  const inventory = {
    processes: [
      proc('mid', passingAnswers()),
      proc('kept', passingAnswers({ core_competency: 5 })),
      proc('best', BEST),
      proc('low', passingAnswers({ benefit: 2, repetitiveness: 1 })),
      proc('unknown', passingAnswers({ risk: undefined })),
      proc('high', passingAnswers({ repetitiveness: 5, cost_of_inaction: 5 })),
    ],
  };

  it('ranks the outsource processes 1..n, best score first, and leaves the rest unranked', () => {
    const { evaluations, shortlist } = evaluateInventory(inventory, method);
    expect(evaluations.map((e) => e.id)).toEqual(['mid', 'kept', 'best', 'low', 'unknown', 'high']);
    expect(shortlist.map((e) => [e.id, e.rank])).toEqual([
      ['best', 1],
      ['high', 2],
      ['mid', 3],
      ['low', 4],
    ]);
    expect(evaluations.find((e) => e.id === 'kept')?.rank).toBeNull();
    expect(evaluations.find((e) => e.id === 'unknown')?.rank).toBeNull();
    for (let i = 1; i < shortlist.length; i++) expect(shortlist[i - 1]!.score!).toBeGreaterThanOrEqual(shortlist[i]!.score!);
  });

  it('breaks a tie of identical answers by id, not by input order', () => {
    for (const order of [
      ['b', 'a', 'c'],
      ['c', 'b', 'a'],
      ['a', 'c', 'b'],
    ]) {
      const { shortlist } = evaluateInventory({ processes: order.map((id) => proc(id, passingAnswers())) }, method);
      expect(shortlist.map((e) => `${e.id}${e.rank}`)).toEqual(['a1', 'b2', 'c3']);
    }
  });

  it('on equal weighted scores, ranks the higher unweighted utility first, whatever the ids', () => {
    // benefit 5 & tech 5 (3*1 + 1*0 = 3) ties benefit 4 & tech 2 (3*.75 + 1*.75 = 3) on score.
    const a = proc('aaa', passingAnswers({ benefit: 5, tech_complexity: 5 }));
    const z = proc('zzz', passingAnswers({ benefit: 4, tech_complexity: 2 }));
    const { shortlist } = evaluateInventory({ processes: [a, z] }, method);
    expect(shortlist[0]?.score).toBe(shortlist[1]?.score);
    expect(shortlist.map((e) => e.id)).toEqual(['zzz', 'aaa']);
  });

  it('compareForRank is a consistent order: antisymmetric, zero only for the same id', () => {
    const items = [
      { id: 'a', priority: { score: 50, confidence: 1, utility: 3 } },
      { id: 'b', priority: { score: 50, confidence: 1, utility: 3 } },
      { id: 'c', priority: { score: 60, confidence: 1, utility: 1 } },
      { id: 'd', priority: { score: 50, confidence: 1, utility: 4 } },
    ];
    for (const x of items) for (const y of items) expect(Math.sign(compareForRank(x, y))).toBe(-Math.sign(compareForRank(y, x)) || 0);
    expect(compareForRank(items[0]!, items[0]!)).toBe(0);
    const ranked = assignRanks(items.map((i) => ({ ...i, rank: null as number | null })));
    expect(ranked.map((r) => `${r.id}${r.rank}`)).toEqual(['c1', 'd2', 'a3', 'b4']);
  });

  it('gives an outsource process a step-6 reason naming its strongest factor', () => {
    const e = evaluateProcess(proc('mid', passingAnswers({ benefit: 5 })), method);
    expect(e.reasons).toHaveLength(1);
    expect(e.reasons[0]).toMatchObject({ step: 6, gate: 'priority' });
    expect(e.reasons[0]?.message).toContain('benefit 5');
  });
});
