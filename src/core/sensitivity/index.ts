import type { Assessment, Evaluation } from '../engine/evaluate.js';
import type { Inventory } from '../inventory/types.js';
import type { Method } from '../method.js';
import { findFlips } from './flips.js';
import { rankStability, type StabilityOptions } from './rank-stability.js';

import type { Flip } from './flips.js';
import type { SensitiveAssessment, SensitiveEvaluation } from './types.js';
export type { SensitiveAssessment, SensitiveEvaluation, SensitivityFields } from './types.js';
export { findFlips, flipDistance, type Flip } from './flips.js';
export { rankStability, type StabilityOptions } from './rank-stability.js';
export { DEFAULT_SEED } from './prng.js';

/** For each evaluation, in order: what single answer change would change its verdict. */
export function flipsOf(assessment: Assessment, inventory: Inventory, method: Method, onProgress?: (done: number, total: number) => void): Flip[][] {
  const total = assessment.evaluations.length;
  return assessment.evaluations.map((e, i) => {
    if (onProgress && i % 500 === 0) onProgress(i, total);
    return findFlips(inventory.processes[i]?.answers ?? {}, method, e.verdict);
  });
}

/** For each shortlisted id: how often its rank survives random weights. */
export function rankStabilityOf(assessment: Assessment, inventory: Inventory, method: Method, options: StabilityOptions = {}): Map<string, number> {
  const answersById = new Map(inventory.processes.map((p) => [p.id, p.answers]));
  const ranked = assessment.shortlist.flatMap((e) => (e.priority ? [{ id: e.id, answers: answersById.get(e.id) ?? {}, priority: e.priority }] : []));
  const shares = rankStability(ranked, method, options);
  return new Map(ranked.map((r, i) => [r.id, shares[i] ?? 1]));
}

/**
 * The assessment with both, as new evaluations (the engine's result is left
 * as it was). Only run on request (`--sensitivity`): it evaluates every
 * process again once per value of every gate criterion, and re-sorts the
 * shortlist once per trial.
 */
export function withSensitivity(assessment: Assessment, inventory: Inventory, method: Method, options: StabilityOptions = {}): SensitiveAssessment {
  // Progress in percent over both halves: the flips, then the weight trials.
  const report = options.onProgress;
  const flips = flipsOf(assessment, inventory, method, report && ((done, total) => report(Math.floor((50 * done) / total), 100)));
  const stability = rankStabilityOf(
    assessment,
    inventory,
    method,
    report ? { ...options, onProgress: (done, total) => report(50 + Math.floor((50 * done) / total), 100) } : options,
  );
  const copies = new Map<Evaluation, SensitiveEvaluation>();
  const evaluations = assessment.evaluations.map((e, i) => {
    const share = stability.get(e.id);
    const copy: SensitiveEvaluation = { ...e, flips: flips[i] ?? [], ...(share === undefined ? {} : { rank_stability: share }) };
    copies.set(e, copy);
    return copy;
  });
  return { evaluations, shortlist: assessment.shortlist.map((e) => copies.get(e) ?? e) };
}
