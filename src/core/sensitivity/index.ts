import type { Assessment } from '../engine/evaluate.js';
import type { Inventory } from '../inventory/types.js';
import type { Method } from '../method.js';
import { findFlips } from './flips.js';
import { rankStability, type StabilityOptions } from './rank-stability.js';

export { findFlips, flipDistance, type Flip } from './flips.js';
export { rankStability } from './rank-stability.js';
export { DEFAULT_SEED } from './prng.js';

/**
 * Adds what would change each verdict (`flips`) and, for the shortlist, how
 * often each rank survives random weights (`rank_stability`). Only run on
 * request: it evaluates every process again once per value of every gate
 * criterion, and re-sorts the shortlist once per trial.
 */
export function addSensitivity(assessment: Assessment, inventory: Inventory, method: Method, options: StabilityOptions = {}): void {
  const answersById = new Map(inventory.processes.map((p) => [p.id, p.answers]));
  for (const e of assessment.evaluations) e.flips = findFlips(answersById.get(e.id) ?? {}, method, e.verdict);
  const ranked = assessment.shortlist.flatMap((e) => (e.priority ? [{ id: e.id, answers: answersById.get(e.id) ?? {}, priority: e.priority }] : []));
  const shares = rankStability(ranked, method, options);
  assessment.shortlist.forEach((e, i) => {
    e.rank_stability = shares[i] ?? 1;
  });
}
