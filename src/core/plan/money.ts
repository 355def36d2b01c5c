import type { Assessment } from '../engine/evaluate.js';
import type { Method } from '../method.js';
import { formatMoney } from '../money/format.js';
import { programmeCash, type MoneyTotals, type Programme } from '../money/programme.js';
import { DEFAULT_MONEY_RULES } from '../money/defaults.js';
import { sanitize } from '../../util/sanitize.js';
import type { RoadmapDraft } from './draft.js';

/** The roadmap's money: each item's business case placed in its wave and at its vendor. */
export function draftProgramme(draft: RoadmapDraft, assessment: Assessment, method: Method): Programme | null {
  const cases = new Map(assessment.evaluations.flatMap((e) => (e.business_case ? [[e.id, e.business_case] as const] : [])));
  const items = draft.items.flatMap((i) => {
    const c = cases.get(i.process);
    return c ? [{ process: i.process, wave: i.wave, vendor: i.vendor, case: c }] : [];
  });
  return programmeCash(items, (method.money ?? DEFAULT_MONEY_RULES).wave_months);
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

/** The totals and the cash by month, as comments at the end of the roadmap: the file carries its business case, and `check` ignores it. */
export function programmeComments(p: Programme | null, assessment: Assessment): string {
  if (!p) return '';
  const m = (x: number) => formatMoney(x, p.currency, false);
  const row = (t: MoneyTotals) =>
    `#   ${pad(sanitize(t.key), 22)}${pad(m(t.transition), 14)}${pad(m(t.annual_saving), 14)}${pad(m(t.npv), 14)}${t.payback_month === null ? 'never' : `month ${t.payback_month}`}`;
  const out = [
    '',
    `# Business case (${p.currency}), from the inventory's money (docs/business-case.md).`,
    `# Transition is one-off; NPV over each term; "pays back" counts undiscounted cash`,
    `# from the first hand-over, waves ${p.wave_months} months apart (money.wave_months in the rules).`,
    `#   ${pad('', 22)}${pad('transition', 14)}${pad('saving/year', 14)}${pad('NPV', 14)}pays back`,
    ...p.waves.map(row),
    ...p.vendors.map(row),
    row(p.total),
  ];
  const lacking = assessment.evaluations.filter((e) => e.money_gap !== undefined);
  if (lacking.length > 0) out.push(`# No business case yet: ${lacking.map((e) => e.id).join(', ')} (score --explain ID says what money is missing)`);
  out.push('# Cumulative cash by month:');
  const c = p.total.cumulative;
  for (let start = 0; start < c.length; start += 6) {
    const end = Math.min(start + 6, c.length);
    out.push(`#   months ${start + 1}-${end}: ${c.slice(start, end).map(m).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** One line for the command's summary. */
export function programmeLine(p: Programme | null): string | undefined {
  if (!p) return undefined;
  const m = (x: number) => formatMoney(x, p.currency, false);
  const pays = p.total.payback_month === null ? 'does not pay back within the terms' : `pays back in month ${p.total.payback_month}`;
  return `business case: ${m(p.total.transition)} one-off transition, ${m(p.total.annual_saving)} saved a year, NPV ${m(p.total.npv)}; the programme ${pays}`;
}
