import type { Assessment } from '../engine/evaluate.js';
import type { Inventory } from '../inventory/types.js';
import type { Method } from '../method.js';
import { findFlips } from './flips.js';
import { rankStability, type StabilityOptions } from './rank-stability.js';

export { findFlips, flipDistance, type Flip } from './flips.js';
export { rankStability, type StabilityOptions } from './rank-stability.js';
export { DEFAULT_SEED } from './prng.js';

/** `flips` on every evaluation: what single answer change would change its verdict. */
export function addFlips(assessment: Assessment, inventory: Inventory, method: Method, onProgress?: (done: number, total: number) => void): void {
  const total = assessment.evaluations.length;
  assessment.evaluations.forEach((e, i) => {
    if (onProgress && i % 500 === 0) onProgress(i, total);
    e.flips = findFlips(inventory.processes[i]?.answers ?? {}, method, e.verdict);
  });
}

/** `rank_stability` on every shortlisted evaluation: how often its rank survives random weights. */
export function addRankStability(assessment: Assessment, inventory: Inventory, method: Method, options: StabilityOptions = {}): void {
  const answersById = new Map(inventory.processes.map((p) => [p.id, p.answers]));
  const ranked = assessment.shortlist.flatMap((e) => (e.priority ? [{ id: e.id, answers: answersById.get(e.id) ?? {}, priority: e.priority }] : []));
  const shares = rankStability(ranked, method, options);
  const byId = new Map(assessment.shortlist.map((e) => [e.id, e]));
  ranked.forEach((r, i) => {
    const e = byId.get(r.id);
    if (e) e.rank_stability = shares[i] ?? 1;
  });
}

/**
 * Both of the above. Only run on request (`--sensitivity`): it evaluates
 * every process again once per value of every gate criterion, and re-sorts
 * the shortlist once per trial.
 */
export function addSensitivity(assessment: Assessment, inventory: Inventory, method: Method, options: StabilityOptions = {}): void {
  // Progress in percent over both halves: the flips, then the weight trials.
  const report = options.onProgress;
  addFlips(assessment, inventory, method, report && ((done, total) => report(Math.floor((50 * done) / total), 100)));
  addRankStability(assessment, inventory, method, report ? { ...options, onProgress: (done, total) => report(50 + Math.floor((50 * done) / total), 100) } : options);
}
