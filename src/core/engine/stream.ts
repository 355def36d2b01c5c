import type { Inventory } from '../inventory/types.js';
import { isCandidate, type Method } from '../method.js';
import { evaluateProcess, type Evaluation } from './evaluate.js';
import { compareForRank, type Rankable } from './rank.js';
import { scorePriority } from './score.js';
import { verdictOf } from './verdict.js';
import { attachBusinessCase, marketOf } from '../money/attach.js';
import { handsOver } from '../money/hands-over.js';

/** Evaluations made one at a time, in input order, with the ranks of the whole inventory. */
export interface EvaluationStream {
  /** True when some process hands work over in an inventory that gives money: the money columns show. */
  moneyShown: boolean;
  /** Each call walks the inventory again; nothing is kept between evaluations. */
  evaluations(): Generator<Evaluation>;
}

/**
 * The same evaluations as `evaluateInventory`, made as they are read. Ranks
 * need every candidate's priority first, so a first pass computes only the
 * verdict and the priority; the full evaluation (reasons, possibilities,
 * business case) is made in the second pass and dropped once written. At
 * 100,000 processes the results never sit in memory all at once, and the
 * garbage collector has almost nothing to keep.
 */
export function streamEvaluations(inventory: Inventory, method: Method): EvaluationStream {
  const candidates: (Rankable & { index: number })[] = [];
  let handedOver = false;
  inventory.processes.forEach((process, index) => {
    const verdict = verdictOf(process.answers, method);
    if (!isCandidate(verdict)) return;
    if (handsOver(verdict)) handedOver = true;
    candidates.push({ id: process.id, priority: scorePriority(process.answers, method), index });
  });
  candidates.sort(compareForRank);
  const ranks = new Int32Array(inventory.processes.length);
  candidates.forEach((c, i) => {
    ranks[c.index] = i + 1;
  });
  const market = marketOf(inventory);
  return {
    moneyShown: market !== undefined && handedOver,
    *evaluations() {
      const { processes } = inventory;
      for (let i = 0; i < processes.length; i++) {
        const process = processes[i]!;
        const evaluation = evaluateProcess(process, method);
        if (evaluation.priority !== null) evaluation.rank = ranks[i] ?? null;
        if (market) attachBusinessCase(process, evaluation, method, market);
        yield evaluation;
      }
    },
  };
}
