import type { ReportData } from '../../core/report/model.js';
import type { MoneyTotals } from '../../core/money/programme.js';
import { formatMoney, formatPayback, formatShare } from '../../core/money/format.js';
import { sanitize } from '../../util/sanitize.js';
import { escapeHtml } from '../text-safety.js';

const h = (text: string | number): string => escapeHtml(sanitize(String(text)));

/** What a business case rests on: 002's savings that never came were lost on exactly these. */
export function savingsDependOn(data: ReportData): string[] {
  const money = data.money;
  if (!money) return [];
  const out = [
    'the in-house cost being the full loaded cost (salary, taxes, benefits, space, tools, management), and that cost actually leaving: a saving on paper is not a saving if the people and seats stay',
    `the vendor price holding for the whole term; the break-even price per process says how much room there is`,
    `governance: someone in-house manages the vendor, reviews SLAs and hands work over${money.governanceDefault ? ` (${money.governanceDefault})` : ''}`,
    'the volume staying as given: seats are bought whole, and a seat that sits idle still costs',
    'quality holding: SLAs on cost alone buy "your mess for less" (4 Things Digital Marketers Can Learn from IT Outsourcing), and rework eats the saving',
  ];
  const assumed = money.rows.filter((r) => r.case.basis.some((b) => b.from === 'assumed')).map((r) => r.id);
  if (assumed.length > 0) out.push(`the transition cost, taken as 0 where it is not given (${assumed.join(', ')}): their payback and NPV are optimistic`);
  return out;
}

/** Cumulative cash over the terms as a plain inline SVG line, with the zero line and the payback month. */
export function cashChartSvg(total: MoneyTotals, currency: string): string {
  const width = 720;
  const height = 260;
  const left = 92;
  const right = 16;
  const top = 16;
  const bottom = 36;
  const values = total.cumulative;
  const months = values.length;
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const x = (month: number) => left + ((width - left - right) * month) / Math.max(1, months);
  const y = (value: number) => top + ((height - top - bottom) * (high - value)) / span;
  const points = [`${x(0).toFixed(1)},${y(0).toFixed(1)}`, ...values.map((v, i) => `${x(i + 1).toFixed(1)},${y(v).toFixed(1)}`)].join(' ');
  const money = (v: number) => h(formatMoney(v, currency, false));
  const ticks: string[] = [];
  for (let m = 0; m <= months; m += 6) {
    ticks.push(
      `<line x1="${x(m).toFixed(1)}" y1="${height - bottom}" x2="${x(m).toFixed(1)}" y2="${height - bottom + 4}" stroke="#5b5b60"/><text x="${x(m).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11" fill="#1d1d1f">${m}</text>`,
    );
  }
  const payback =
    total.payback_month === null
      ? ''
      : `<line x1="${x(total.payback_month).toFixed(1)}" y1="${top}" x2="${x(total.payback_month).toFixed(1)}" y2="${height - bottom}" stroke="#1d1d1f" stroke-dasharray="4 3"/><text x="${(x(total.payback_month) + 4).toFixed(1)}" y="${top + 12}" font-size="11" fill="#1d1d1f">pays back, month ${total.payback_month}</text>`;
  const label = `Cumulative cash of the programme over ${months} months, from ${money(values[0] ?? 0)} in month 1 to ${money(values.at(-1) ?? 0)} in month ${months}`;
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}">
<title>${label}</title>
<line x1="${left}" y1="${y(0).toFixed(1)}" x2="${width - right}" y2="${y(0).toFixed(1)}" stroke="#5b5b60"/>
<text x="${left - 6}" y="${(y(high) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#1d1d1f">${money(high)}</text>
<text x="${left - 6}" y="${(y(0) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#1d1d1f">${money(0)}</text>
${low < 0 ? `<text x="${left - 6}" y="${(y(low) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#1d1d1f">${money(low)}</text>` : ''}
${ticks.join('\n')}
<text x="${((left + width - right) / 2).toFixed(1)}" y="${height - 4}" text-anchor="middle" font-size="11" fill="#1d1d1f">month of the programme</text>
<polyline points="${points}" fill="none" stroke="#2f6f9f" stroke-width="2"/>
${payback}
</svg>`;
}

const totalsRow = (t: MoneyTotals, currency: string) =>
  `<tr><th scope="row">${h(t.key)}</th><td class="num">${h(formatMoney(t.transition, currency, false))}</td><td class="num">${h(formatMoney(t.annual_saving, currency, false))}</td><td class="num">${h(formatMoney(t.npv, currency, false))}</td><td class="num">${t.payback_month === null ? 'never' : `month ${t.payback_month}`}</td></tr>`;

/** The report's business case section, on a line of its own; empty when the inventory gives no money. */
export function moneySectionHtml(data: ReportData): string {
  const money = data.money;
  if (!money) return '';
  const { programme } = money;
  const cur = programme.currency;
  const m = (v: number) => h(formatMoney(v, cur, false));
  const chart =
    programme.total.payback_month === null
      ? `<p>The programme does not pay back within the terms: cumulative cash ends at ${m(programme.total.cumulative.at(-1) ?? 0)}.</p>`
      : `<figure aria-labelledby="cash-caption">\n${cashChartSvg(programme.total, cur)}\n<figcaption id="cash-caption">Cumulative cash, undiscounted: each wave's transition is paid when it starts (waves ${programme.wave_months} months apart), its saving comes in monthly over its term, and its exit is paid at the end.</figcaption>\n</figure>`;
  const rows = money.rows.map((r) => {
    const c = r.case;
    return `<tr><th scope="row">${h(r.name)} <code>${h(r.id)}</code></th><td class="num">${r.wave}</td><td class="num">${m(c.in_house_annual)}</td><td class="num">${m(c.vendor_annual)}</td><td class="num">${m(c.governance)} <span class="why">${h(formatShare(c.governance_share))}</span></td><td class="num">${m(c.annual_saving)}</td><td class="num">${m(c.transition)}</td><td class="num">${h(formatPayback(c.payback_months))}</td><td class="num">${m(c.npv)}</td><td class="num">${m(c.break_even_vendor_annual)}</td></tr>`;
  });
  const missing =
    money.missing.length === 0
      ? ''
      : `<p class="todo">No business case yet for ${money.missing.map((x) => `<code>${h(x.id)}</code>`).join(', ')}: ${h(money.missing[0]?.gap ?? '')}.</p>`;
  return `
<section id="business-case" aria-labelledby="business-case-h">
<h2 id="business-case-h">Business case (${h(cur)})</h2>
<p class="lead">${m(programme.total.transition)} one-off transition, ${m(programme.total.annual_saving)} saved a year, NPV ${m(programme.total.npv)}. The savings depend on:</p>
<ul class="reasons">${savingsDependOn(data)
    .map((s) => `<li>${h(s)}</li>`)
    .join('')}</ul>
${chart}
<table><caption>Per wave</caption><thead><tr><th scope="col">Wave</th><th scope="col" class="num">Transition</th><th scope="col" class="num">Saving a year</th><th scope="col" class="num">NPV</th><th scope="col" class="num">Pays back</th></tr></thead><tbody>
${programme.waves.map((w) => totalsRow(w, cur)).join('\n')}
${totalsRow(programme.total, cur)}
</tbody></table>
<table><caption>Per process</caption><thead><tr><th scope="col">Process</th><th scope="col" class="num">Wave</th><th scope="col" class="num">In-house a year</th><th scope="col" class="num">Vendor a year</th><th scope="col" class="num">Governance</th><th scope="col" class="num">Saving a year</th><th scope="col" class="num">Transition</th><th scope="col" class="num">Payback</th><th scope="col" class="num">NPV</th><th scope="col" class="num">Break-even vendor</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${missing}
</section>`;
}

/** The same section in Markdown. */
export function moneySectionMarkdown(data: ReportData, cell: (s: string) => string): string[] {
  const money = data.money;
  if (!money) return [];
  const cur = money.programme.currency;
  const m = (v: number) => formatMoney(v, cur, false);
  const t = money.programme.total;
  const out = [
    `## Business case (${cur})`,
    '',
    `${m(t.transition)} one-off transition, ${m(t.annual_saving)} saved a year, NPV ${m(t.npv)}; the programme ${t.payback_month === null ? 'does not pay back within the terms' : `pays back in month ${t.payback_month}`}. The savings depend on:`,
    '',
    ...savingsDependOn(data).map((s) => `- ${cell(s)}`),
    '',
    '| Process | Wave | In-house a year | Vendor a year | Governance | Saving a year | Transition | Payback | NPV | Break-even vendor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of money.rows) {
    const c = r.case;
    out.push(
      `| ${cell(r.name)} (\`${r.id}\`) | ${r.wave} | ${m(c.in_house_annual)} | ${m(c.vendor_annual)} | ${m(c.governance)} | ${m(c.annual_saving)} | ${m(c.transition)} | ${formatPayback(c.payback_months)} | ${m(c.npv)} | ${m(c.break_even_vendor_annual)} |`,
    );
  }
  if (money.missing.length > 0)
    out.push('', `No business case yet for ${money.missing.map((x) => `\`${x.id}\``).join(', ')}: ${cell(money.missing[0]?.gap ?? '')}.`);
  out.push('');
  return out;
}
