import type { Evaluation } from '../../core/engine/evaluate.js';

type Money = Pick<Evaluation, 'business_case' | 'money_gap' | 'npv_swings'>;
import type { BusinessCase } from '../../core/money/business-case.js';
import { formatMoney, formatPayback, formatShare } from '../../core/money/format.js';
import { annuityFactor, discountAtEnd } from '../../core/money/npv.js';
import { sanitize } from '../../util/sanitize.js';
import { wrapText } from '../../util/wrap.js';

/** One line of the business case: what, how much, and how it was obtained (the arithmetic, or where an input came from). */
export interface ArithmeticLine {
  label: string;
  value: string;
  how: string;
}

let factorFormat: Intl.NumberFormat | undefined;
const factor = (x: number) => (factorFormat ??= new Intl.NumberFormat('en', { maximumFractionDigits: 4, minimumFractionDigits: 4 })).format(x);

/** The business case line by line, each result with the sum that gives it; figures that rest on a default say so. */
export function arithmeticLines(c: BusinessCase): ArithmeticLine[] {
  const m = (x: number) => formatMoney(x, c.currency);
  const how = (field: string) => sanitize(c.basis.find((b) => b.field === field)?.how ?? '');
  const annuity = annuityFactor(c.discount_rate, c.term_years);
  const atEnd = discountAtEnd(c.discount_rate, c.term_years);
  const years = c.term_years === 1 ? 'year 1' : `years 1-${c.term_years}`;
  return [
    { label: 'in-house a year', value: m(c.in_house_annual), how: how('in_house_annual') },
    { label: 'vendor a year', value: m(c.vendor_annual), how: how('vendor_annual') },
    { label: 'governance share', value: formatShare(c.governance_share), how: how('governance_share') },
    { label: 'governance a year', value: m(c.governance), how: `= vendor ${m(c.vendor_annual)} × ${formatShare(c.governance_share)}` },
    {
      label: 'annual saving',
      value: m(c.annual_saving),
      how: `= in-house ${m(c.in_house_annual)} - vendor ${m(c.vendor_annual)} - governance ${m(c.governance)}`,
    },
    { label: 'transition (one-off)', value: m(c.transition), how: how('transition') },
    {
      label: 'payback',
      value: formatPayback(c.payback_months),
      how:
        c.payback_months === null ? 'the saving is not positive: it never pays back' : `= transition ${m(c.transition)} / (saving ${m(c.annual_saving)} / 12)`,
    },
    { label: 'exit (end of term)', value: m(c.exit), how: how('exit') },
    { label: 'term', value: `${c.term_years} ${c.term_years === 1 ? 'year' : 'years'}`, how: how('term_years') },
    { label: 'discount rate', value: formatShare(c.discount_rate), how: how('discount_rate') },
    {
      label: 'NPV',
      value: m(c.npv),
      how: `= -${m(c.transition)} + ${m(c.annual_saving)} × ${factor(annuity)} (${years} at ${formatShare(c.discount_rate)}) - ${m(c.exit)} × ${factor(atEnd)}`,
    },
    {
      label: 'break-even vendor',
      value: m(c.break_even_vendor_annual),
      how:
        c.break_even_vendor_annual < 0
          ? 'below 0: no vendor price pays the transition and exit back within the term'
          : `a year: the vendor price at which the NPV is 0 (= (in-house - (transition + exit × ${factor(atEnd)}) / ${factor(annuity)}) / (1 + governance share))`,
    },
  ];
}

const INPUT_WORD: Record<string, string> = {
  in_house_annual: 'in-house cost',
  vendor_annual: 'vendor price',
  governance_share: 'governance share',
  transition: 'transition cost',
  exit: 'exit cost',
  discount_rate: 'discount rate',
  term_years: 'term',
};

/** With --sensitivity: each money input's pull on the NPV, the strongest first. */
export function swingLines(e: Money): string[] {
  const c = e.business_case;
  if (!c || !e.npv_swings) return [];
  const signed = (x: number) => `${x >= 0 ? '+' : '-'}${formatMoney(Math.abs(x), c.currency)}`;
  const lines = [`break-even vendor price: ${formatMoney(c.break_even_vendor_annual, c.currency)} a year (today ${formatMoney(c.vendor_annual, c.currency)})`];
  const first = e.npv_swings[0];
  if (first) lines.push(`the NPV hangs most on the ${INPUT_WORD[first.input] ?? first.input} (none of these changes the verdict)`);
  for (const s of e.npv_swings) lines.push(`${INPUT_WORD[s.input] ?? s.input} ${s.change}: NPV ${signed(s.npv_change)}`);
  return lines;
}

/** `--explain` as text: the business case with its arithmetic, or what money it lacks; long explanations wrap under their column. */
export function businessCaseText(e: Money, width = 100): string[] {
  if (e.money_gap !== undefined) return ['', `Business case: none yet - ${sanitize(e.money_gap)}`];
  const c = e.business_case;
  if (!c) return [];
  const lines = arithmeticLines(c);
  const labelWidth = Math.max(...lines.map((l) => l.label.length)) + 2;
  const valueWidth = Math.max(...lines.map((l) => l.value.length)) + 2;
  const out = ['', `Business case (${c.currency})`];
  for (const l of lines)
    out.push(wrapText(`  ${l.label.padEnd(labelWidth)}${l.value.padStart(valueWidth - 2).padEnd(valueWidth)}${l.how}`, width, 2 + labelWidth + valueWidth));
  const swings = swingLines(e);
  if (swings.length > 0) out.push('', 'What the NPV depends on', ...swings.map((s) => wrapText(`  ${s}`, width, 4)));
  return out;
}

/** `--explain` as Markdown. */
export function businessCaseMarkdown(e: Money, cell: (s: string) => string): string[] {
  if (e.money_gap !== undefined) return ['', `## Business case`, '', `None yet: ${cell(e.money_gap)}`];
  const c = e.business_case;
  if (!c) return [];
  const out = ['', `## Business case (${c.currency})`, '', '| | Amount | How |', '|---|---:|---|'];
  for (const l of arithmeticLines(c)) out.push(`| ${l.label} | ${cell(l.value)} | ${cell(l.how)} |`);
  const swings = swingLines(e);
  if (swings.length > 0) out.push('', '### What the NPV depends on', '', ...swings.map((s) => `- ${cell(s)}`));
  return out;
}
