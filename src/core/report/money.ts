import type { Assessment } from '../engine/evaluate.js';
import type { Method } from '../method.js';
import type { BusinessCase } from '../money/business-case.js';
import { programmeCash, type Programme } from '../money/programme.js';
import { DEFAULT_MONEY_RULES } from '../money/defaults.js';

/** The report's business case: one row per process handed over, and the programme's cash over the terms. */
export interface ReportMoney {
  programme: Programme;
  rows: { id: string; name: string; wave: number; case: BusinessCase }[];
  /** Processes handed over without enough money for a case, and what they lack. */
  missing: { id: string; name: string; gap: string }[];
  /** Where the default governance share comes from, when some case rests on it. */
  governanceDefault?: string;
}

/** Undefined when the inventory gives no money, so the report stays as it was. */
export function reportMoney(assessment: Assessment, waves: ReadonlyMap<string, number>, method: Method): ReportMoney | undefined {
  const rows = assessment.evaluations.flatMap((e) => (e.business_case ? [{ id: e.id, name: e.name, wave: waves.get(e.id) ?? 1, case: e.business_case }] : []));
  const missing = assessment.evaluations.flatMap((e) => (e.money_gap !== undefined ? [{ id: e.id, name: e.name, gap: e.money_gap }] : []));
  const programme = programmeCash(
    rows.map((r) => ({ process: r.id, wave: r.wave, case: r.case })),
    (method.money ?? DEFAULT_MONEY_RULES).wave_months,
  );
  if (!programme) return undefined;
  const out: ReportMoney = { programme, rows, missing };
  const byDefault = rows.flatMap((r) => r.case.basis.filter((b) => b.field === 'governance_share' && b.from === 'default'))[0];
  if (byDefault) out.governanceDefault = byDefault.how;
  return out;
}
