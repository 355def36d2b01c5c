import type { Evaluation } from '../../core/engine/evaluate.js';
import { formatMoney, formatPayback } from '../../core/money/format.js';

/** Money columns appear only when the inventory gives money: without it every output stays as it was. */
export const moneyShown = (evaluations: readonly Evaluation[]): boolean => evaluations.some((e) => e.business_case !== undefined || e.money_gap !== undefined);

/** The annual saving, in whole units of the currency; "-" where the case cannot be computed. */
export const savingCell = (e: Evaluation): string => (e.business_case ? formatMoney(e.business_case.annual_saving, e.business_case.currency, false) : '-');

export const paybackCell = (e: Evaluation): string => (e.business_case ? formatPayback(e.business_case.payback_months) : '-');

/** Machine columns: amounts to the cent, payback to a tenth of a month; empty where there is no case. */
export const MONEY_CSV_HEADER = ['currency', 'annual_saving', 'payback_months', 'npv'];
export function moneyCsvCells(e: Evaluation): string[] {
  const c = e.business_case;
  if (!c) return ['', '', '', ''];
  return [c.currency, c.annual_saving.toFixed(2), c.payback_months === null ? '' : c.payback_months.toFixed(1), c.npv.toFixed(2)];
}

/** With --sensitivity: the vendor price a year at which the case breaks even; empty without it. */
export const breakEvenCell = (e: Evaluation): string =>
  e.business_case && e.npv_swings ? `break-even ${formatMoney(e.business_case.break_even_vendor_annual, e.business_case.currency, false)}` : '';
