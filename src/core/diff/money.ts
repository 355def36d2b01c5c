import type { Assessment, Evaluation } from '../engine/evaluate.js';

export interface MoneyFigures {
  transition: number;
  annual_saving: number;
  npv: number;
}

/** One process whose business case differs between the two scenarios; null where a side has no case. */
export interface ProcessMoneyChange {
  id: string;
  name: string;
  old: (MoneyFigures & { payback_months: number | null }) | null;
  new: (MoneyFigures & { payback_months: number | null }) | null;
  npv_change: number;
}

/** What the business case gains or loses between two scenarios. */
export interface MoneyDiff {
  /** The currency of each side; totals compare only when they match. */
  currency: { old: string | null; new: string | null };
  old: MoneyFigures;
  new: MoneyFigures;
  processes: ProcessMoneyChange[];
}

const sum = (evaluations: readonly Evaluation[]): MoneyFigures => {
  const out = { transition: 0, annual_saving: 0, npv: 0 };
  for (const e of evaluations) {
    const c = e.business_case;
    if (!c) continue;
    out.transition += c.transition;
    out.annual_saving += c.annual_saving;
    out.npv += c.npv;
  }
  return out;
};

const figures = (e: Evaluation | undefined) =>
  e?.business_case
    ? {
        transition: e.business_case.transition,
        annual_saving: e.business_case.annual_saving,
        npv: e.business_case.npv,
        payback_months: e.business_case.payback_months,
      }
    : null;
const currencyOf = (a: Assessment) => a.evaluations.find((e) => e.business_case)?.business_case?.currency ?? null;

/** Undefined when neither scenario gives money, so the diff stays as it was. */
export function diffMoney(before: Assessment, after: Assessment): MoneyDiff | undefined {
  const oldCurrency = currencyOf(before);
  const newCurrency = currencyOf(after);
  if (oldCurrency === null && newCurrency === null) return undefined;
  const oldById = new Map(before.evaluations.map((e) => [e.id, e]));
  const newById = new Map(after.evaluations.map((e) => [e.id, e]));
  const processes: ProcessMoneyChange[] = [];
  for (const id of new Set([...oldById.keys(), ...newById.keys()])) {
    const o = figures(oldById.get(id));
    const n = figures(newById.get(id));
    if (o === null && n === null) continue;
    if (o && n && o.transition === n.transition && o.annual_saving === n.annual_saving && o.npv === n.npv) continue;
    processes.push({ id, name: (newById.get(id) ?? oldById.get(id))?.name ?? id, old: o, new: n, npv_change: (n?.npv ?? 0) - (o?.npv ?? 0) });
  }
  processes.sort((a, b) => Math.abs(b.npv_change) - Math.abs(a.npv_change));
  return { currency: { old: oldCurrency, new: newCurrency }, old: sum(before.evaluations), new: sum(after.evaluations), processes };
}
