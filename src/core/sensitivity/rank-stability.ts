import type { Answers, Method } from '../method.js';
import type { Priority } from '../engine/score.js';
import { DEFAULT_SEED, mulberry32 } from './prng.js';

export interface StabilityOptions {
  seed?: number;
  /** Number of random weight sets; 1,000 by default. */
  trials?: number;
  /** Each weight is scaled by a factor drawn uniformly from [1 - spread, 1 + spread]; 0.25 by default. */
  spread?: number;
}

export interface RankedCandidate {
  id: string;
  answers: Answers;
  priority: Priority;
}

/**
 * How favourable each step-6 answer is, 0 to 1, as `scorePriority` counts it
 * (unanswered counts as the worst). A test checks the two agree.
 */
export function utilities(answers: Answers, method: Method): number[] {
  const { min, max } = method.scale;
  return method.priority.map((p) => {
    const value = answers[p.criterion];
    if (typeof value !== 'number') return 0;
    const u = (value - min) / (max - min);
    return p.effect === 'raises' ? u : 1 - u;
  });
}

/**
 * The share of random weight sets under which each candidate keeps its rank.
 * `ranked` is the shortlist, best first, so candidate i holds rank i + 1.
 * Each trial draws one factor per step-6 criterion, in the method's order,
 * from the seeded generator; scores are recomputed with the scaled weights
 * and the candidates re-sorted with the engine's own tie-breaks (unweighted
 * utility, then id), which do not depend on the weights.
 */
export function rankStability(ranked: readonly RankedCandidate[], method: Method, options: StabilityOptions = {}): number[] {
  const n = ranked.length;
  const trials = options.trials ?? 1000;
  const spread = options.spread ?? 0.25;
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const k = method.priority.length;
  const base = method.priority.map((p) => p.weight);
  const table = new Float64Array(n * k);
  ranked.forEach((c, i) => table.set(utilities(c.answers, method), i * k));
  const tieBreak = ranked.map((c) => c.priority.utility);
  const ids = ranked.map((c) => c.id);

  const kept = new Array<number>(n).fill(0);
  const scores = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const weights = new Float64Array(k);
  const byRank = (a: number, b: number): number => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    if (sa !== sb) return sb - sa;
    const ua = tieBreak[a] as number;
    const ub = tieBreak[b] as number;
    if (ua !== ub) return ub - ua;
    const ia = ids[a] as string;
    const ib = ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };

  for (let t = 0; t < trials; t++) {
    let total = 0;
    for (let j = 0; j < k; j++) {
      const w = (base[j] as number) * (1 - spread + 2 * spread * random());
      weights[j] = w;
      total += w;
    }
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += (weights[j] as number) * (table[i * k + j] as number);
      scores[i] = total > 0 ? (100 * sum) / total : 0;
    }
    order.sort(byRank);
    for (let r = 0; r < n; r++) if (order[r] === r) kept[r] = (kept[r] as number) + 1;
  }
  return kept.map((count) => (trials > 0 ? count / trials : 1));
}
