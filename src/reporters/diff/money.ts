import type { MoneyDiff } from '../../core/diff/money.js';
import { formatMoney, formatPayback } from '../../core/money/format.js';
import { sanitize } from '../../util/sanitize.js';

const LISTED = 10;

/** The change in money between the two scenarios, in lines of text; empty when neither gives money. */
export function moneyChangeLines(money: MoneyDiff | undefined): string[] {
  if (!money) return [];
  const { old: oc, new: nc } = money.currency;
  if (oc !== null && nc !== null && oc !== nc) return [`Business case: the scenarios are in different currencies (${oc}, ${nc}); the money is not compared`];
  const currency = nc ?? oc ?? 'EUR';
  const m = (x: number) => formatMoney(x, currency, false);
  const signed = (x: number) => `${x >= 0 ? '+' : '-'}${m(Math.abs(x))}`;
  const line = (label: string, from: number, to: number) => `  ${label}: ${m(from)} -> ${m(to)} (${signed(to - from)})`;
  const out = [
    `Business case (${currency})${oc === null ? ': the old scenario gives no money' : nc === null ? ': the new scenario gives no money' : ''}`,
    line('annual saving', money.old.annual_saving, money.new.annual_saving),
    line('one-off transition', money.old.transition, money.new.transition),
    line('NPV', money.old.npv, money.new.npv),
  ];
  for (const p of money.processes.slice(0, LISTED)) {
    const side = (f: MoneyDiff['processes'][number]['old']) =>
      f ? `saving ${m(f.annual_saving)}, payback ${formatPayback(f.payback_months)}, NPV ${m(f.npv)}` : 'no case';
    out.push(`  ${sanitize(p.id)}: ${side(p.old)} -> ${side(p.new)} (NPV ${signed(p.npv_change)})`);
  }
  if (money.processes.length > LISTED) out.push(`  and ${money.processes.length - LISTED} more processes`);
  return out;
}
