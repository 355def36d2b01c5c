import type { Evaluation } from '../engine/evaluate.js';
import type { Inventory, Process } from '../inventory/types.js';
import type { Method } from '../method.js';
import { businessCase, moneyGap, type Market } from './business-case.js';
import { handsOver } from './hands-over.js';
import { npvSwings } from './sensitivity.js';

/**
 * Puts a business case on every process that hands work over, or says what
 * money it lacks. An inventory without a currency gives no money, and then
 * nothing is added: every output stays as it was.
 */
export function attachBusinessCases(inventory: Inventory, evaluations: readonly Evaluation[], method: Method): void {
  const market = marketOf(inventory);
  if (market === undefined) return;
  inventory.processes.forEach((process, i) => {
    const e = evaluations[i];
    if (e) attachBusinessCase(process, e, method, market);
  });
}

/** The file-wide money of an inventory; undefined when it gives no currency, and then no process has a case. */
export const marketOf = (inventory: Inventory): Market | undefined =>
  inventory.currency === undefined ? undefined : { currency: inventory.currency, ...(inventory.rates ? { rates: inventory.rates } : {}) };

/** The business case of one process that hands work over, or what money it lacks. */
export function attachBusinessCase(process: Process, e: Evaluation, method: Method, market: Market): void {
  if (!handsOver(e.verdict)) return;
  const c = businessCase(process, method, market);
  if (c) e.business_case = c;
  else e.money_gap = moneyGap(process, method, market) ?? 'not enough money to compute it';
}

/** With --sensitivity: what the NPV of each case hangs on most. */
export function addMoneySensitivity(evaluations: readonly Evaluation[]): void {
  for (const e of evaluations) if (e.business_case) e.npv_swings = npvSwings(e.business_case);
}
