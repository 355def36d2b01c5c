import type { BusinessCase } from './business-case.js';

/** A process handed over in a wave, perhaps to a known vendor, with its business case. */
export interface CaseItem {
  process: string;
  wave: number;
  vendor?: string;
  case: BusinessCase;
}

/** Money of a group of processes (a wave, a vendor, the whole programme). */
export interface MoneyTotals {
  key: string;
  processes: string[];
  /** One-off, paid when each process is handed over. */
  transition: number;
  annual_saving: number;
  npv: number;
  /** Cumulative cash at the end of each month, month 1 first. */
  cumulative: number[];
  /** First month from which the cumulative cash stays at or above 0 to the end; null when it ends below 0. */
  payback_month: number | null;
}

export interface Programme {
  currency: string;
  waves: MoneyTotals[];
  vendors: MoneyTotals[];
  total: MoneyTotals;
  /** Months between the start of one wave and the next. */
  wave_months: number;
}

/** Month (0-based) in which a wave's hand-overs start. */
const startOf = (wave: number, waveMonths: number) => (wave - 1) * waveMonths;

/**
 * Cash month by month, undiscounted: the transition is paid in the first
 * month of the process's wave, a twelfth of the annual saving comes in every
 * month of its term, and the exit is paid in its last month.
 */
function totals(key: string, items: readonly CaseItem[], waveMonths: number, horizon: number): MoneyTotals {
  const flows = new Array<number>(horizon).fill(0);
  for (const item of items) {
    const start = startOf(item.wave, waveMonths);
    const months = item.case.term_years * 12;
    flows[start] = (flows[start] ?? 0) - item.case.transition;
    for (let m = start; m < start + months; m++) flows[m] = (flows[m] ?? 0) + item.case.annual_saving / 12;
    flows[start + months - 1] = (flows[start + months - 1] ?? 0) - item.case.exit;
  }
  const cumulative: number[] = [];
  let sum = 0;
  let lastBelow = -1;
  for (let m = 0; m < horizon; m++) {
    sum += flows[m] ?? 0;
    cumulative.push(sum);
    if (sum < 0) lastBelow = m;
  }
  const payback = items.length === 0 || lastBelow === horizon - 1 ? null : lastBelow + 2;
  return {
    key,
    processes: items.map((i) => i.process),
    transition: items.reduce((s, i) => s + i.case.transition, 0),
    annual_saving: items.reduce((s, i) => s + i.case.annual_saving, 0),
    npv: items.reduce((s, i) => s + i.case.npv, 0),
    cumulative,
    payback_month: payback,
  };
}

function groupBy(items: readonly CaseItem[], key: (i: CaseItem) => string | undefined): Map<string, CaseItem[]> {
  const out = new Map<string, CaseItem[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

/**
 * The programme's money: totals per wave, per vendor and in all, with cash
 * by month over every term. Null when no process has a business case.
 */
export function programmeCash(items: readonly CaseItem[], waveMonths: number): Programme | null {
  const first = items[0];
  if (!first) return null;
  const horizon = Math.max(...items.map((i) => startOf(i.wave, waveMonths) + i.case.term_years * 12));
  const waves = [...groupBy(items, (i) => String(i.wave))].sort((a, b) => Number(a[0]) - Number(b[0]));
  const vendors = [...groupBy(items, (i) => i.vendor)];
  return {
    currency: first.case.currency,
    waves: waves.map(([k, list]) => totals(`wave ${k}`, list, waveMonths, horizon)),
    vendors: vendors.map(([k, list]) => totals(k, list, waveMonths, horizon)),
    total: totals('programme', items, waveMonths, horizon),
    wave_months: waveMonths,
  };
}
