import type { Answers, Method } from '../method.js';
import type { Priority } from '../engine/score.js';
import { DEFAULT_SEED, mulberry32 } from './prng.js';

export interface StabilityOptions {
  seed?: number;
  /** Number of random weight sets; 1,000 by default. */
  trials?: number;
  /** Each weight is scaled by a factor drawn uniformly from [1 - spread, 1 + spread]; 0.25 by default. */
  spread?: number;
  /** Told now and then how many trials are done, for a progress line; the core never draws it. */
  onProgress?: (done: number, total: number) => void;
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

/** From this many candidates on, scores are sorted by radix (linear) rather than by comparison. */
const RADIX_FROM = 512;

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

  // The order of equal scores does not depend on the weights: by unweighted utility, then id.
  const tieOrder = Int32Array.from(
    Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const ua = (ranked[a] as RankedCandidate).priority.utility;
      const ub = (ranked[b] as RankedCandidate).priority.utility;
      if (ua !== ub) return ub - ua;
      const ia = (ranked[a] as RankedCandidate).id;
      const ib = (ranked[b] as RankedCandidate).id;
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    }),
  );
  const kept = new Array<number>(n).fill(0);
  const scores = new Float64Array(n);
  const weights = new Float64Array(k);
  const sortByScore = n >= RADIX_FROM ? radixSorter(scores, tieOrder) : comparisonSorter(scores, tieOrder);

  for (let t = 0; t < trials; t++) {
    if (options.onProgress && t % 50 === 0) options.onProgress(t, trials);
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
    const order = sortByScore();
    for (let r = 0; r < n; r++) if (order[r] === r) kept[r] = (kept[r] as number) + 1;
  }
  return kept.map((count) => (trials > 0 ? count / trials : 1));
}

/** Indices by score, highest first; equal scores keep `tieOrder`. Comparison sort, for short lists. */
function comparisonSorter(scores: Float64Array, tieOrder: Int32Array): () => Int32Array {
  const position = new Int32Array(tieOrder.length);
  tieOrder.forEach((index, p) => {
    position[index] = p;
  });
  const order = Int32Array.from(tieOrder);
  return () => order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || (position[a] as number) - (position[b] as number));
}

/**
 * The same order by a stable LSD radix sort on the bits of the scores: a
 * non-negative double's bits, read as an unsigned integer, order like the
 * double, so inverting them sorts highest first. Starting each trial from
 * `tieOrder` makes equal scores come out in tie order. Linear in the number
 * of candidates, where a comparison sort of 40,000 of them 1,000 times takes
 * tens of seconds. Digits all candidates share are skipped.
 */
function radixSorter(scores: Float64Array, tieOrder: Int32Array): () => Int32Array {
  const n = tieOrder.length;
  const words = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  // Little-endian platforms put the low word first; check rather than assume.
  const probe = new Float64Array([1]);
  const high = new Uint32Array(probe.buffer)[1] === 0x3ff00000 ? 1 : 0;
  const low = 1 - high;
  // Keys travel with their indices, so each pass reads its input in order.
  let index = new Int32Array(n);
  let keyLow = new Uint32Array(n);
  let keyHigh = new Uint32Array(n);
  let nextIndex = new Int32Array(n);
  let nextLow = new Uint32Array(n);
  let nextHigh = new Uint32Array(n);
  const counts = new Int32Array(256);
  return () => {
    for (let p = 0; p < n; p++) {
      const i = tieOrder[p] as number;
      index[p] = i;
      keyLow[p] = ~(words[i * 2 + low] as number) >>> 0;
      keyHigh[p] = ~(words[i * 2 + high] as number) >>> 0;
    }
    for (let pass = 0; pass < 8; pass++) {
      const keys = pass < 4 ? keyLow : keyHigh;
      const shift = (pass % 4) * 8;
      counts.fill(0);
      for (let p = 0; p < n; p++) {
        const digit = ((keys[p] as number) >>> shift) & 0xff;
        counts[digit] = (counts[digit] as number) + 1;
      }
      if (counts.includes(n)) continue; // every candidate shares this digit
      let sum = 0;
      for (let d = 0; d < 256; d++) {
        const c = counts[d] as number;
        counts[d] = sum;
        sum += c;
      }
      for (let p = 0; p < n; p++) {
        const digit = ((keys[p] as number) >>> shift) & 0xff;
        const q = counts[digit] as number;
        counts[digit] = q + 1;
        nextIndex[q] = index[p] as number;
        nextLow[q] = keyLow[p] as number;
        nextHigh[q] = keyHigh[p] as number;
      }
      [index, nextIndex] = [nextIndex, index];
      [keyLow, nextLow] = [nextLow, keyLow];
      [keyHigh, nextHigh] = [nextHigh, keyHigh];
    }
    return index;
  };
}
