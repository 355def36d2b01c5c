import { showNumber as n } from '../../core/tracking/numbers.js';
import type { Status } from '../../core/tracking/status.js';
import type { TrackedSla, TrackResult } from '../../core/tracking/track.js';
import { sanitize } from '../../util/sanitize.js';
import { escapeHtml, markdownCell } from '../text-safety.js';

/** User text into HTML: control characters made visible, then escaped. */
const h = (text: string | number): string => escapeHtml(sanitize(String(text)));

/** Text colours with at least 4.5:1 contrast on white; the status is always written out as well. */
const COLOUR: Record<Status, string> = { green: '#1a7f37', amber: '#9a6700', red: '#cf222e', 'no-data': '#57606a' };
const WORD: Record<Status, string> = { green: 'green', amber: 'amber', red: 'red', 'no-data': 'no data' };

const W = 360;
const H = 150;
const PAD = { left: 44, right: 78, top: 22, bottom: 24 };

/** One small line chart: the values over time, the baseline (dashed) and the target (solid), in the status colour. */
export function slaChartSvg(sla: TrackedSla, id: string): string {
  const points = sla.history;
  const levels = [...points.map((p) => p.value), ...(sla.baseline === null ? [] : [sla.baseline]), ...(sla.target === null ? [] : [sla.target])];
  let low = Math.min(...levels);
  let high = Math.max(...levels);
  if (high === low) [low, high] = [low - 1, high + 1];
  const margin = (high - low) * 0.08;
  [low, high] = [low - margin, high + margin];
  const x = (i: number) => PAD.left + (points.length < 2 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + ((high - v) * (H - PAD.top - PAD.bottom)) / (high - low);
  const colour = COLOUR[sla.status];
  const latest = sla.latest ? `latest ${n(sla.latest.value)} in ${sla.latest.period}` : 'no data';
  const title = `${sla.metric} (${sla.unit}) of ${sla.process}: ${WORD[sla.status]}; ${latest}; target ${sla.target === null ? 'none' : n(sla.target)}; baseline ${sla.baseline === null ? 'none' : n(sla.baseline)}; ${sla.better} is better`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">${h(title)}</title>`,
  ];
  parts.push(`<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#8c959f"/>`);
  const level = (v: number | null, label: string, dash: string) => {
    if (v === null) return;
    const yy = y(v).toFixed(1);
    parts.push(
      `<line x1="${PAD.left}" y1="${yy}" x2="${W - PAD.right}" y2="${yy}" stroke="#24292f" stroke-width="1"${dash}/><text x="${W - PAD.right + 4}" y="${yy}" dy="0.32em" font-size="11" fill="#24292f">${label} ${h(n(v))}</text>`,
    );
  };
  level(sla.baseline, 'baseline', ' stroke-dasharray="4 3"');
  level(sla.target, 'target', '');
  if (points.length > 0) {
    const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const [i, p] of points.entries())
      parts.push(
        `<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5" fill="${colour}"><title>${h(`${p.period}: ${n(p.value)}`)}</title></circle>`,
      );
    const first = points[0];
    const last = points.at(-1);
    if (first) parts.push(`<text x="${PAD.left}" y="${H - 8}" font-size="11" fill="#24292f">${h(first.period)}</text>`);
    if (last && points.length > 1)
      parts.push(`<text x="${W - PAD.right}" y="${H - 8}" font-size="11" fill="#24292f" text-anchor="end">${h(last.period)}</text>`);
  }
  parts.push(`<text x="4" y="12" font-size="11" font-weight="bold" fill="${colour}">${WORD[sla.status].toUpperCase()}</text></svg>`);
  return parts.join('');
}

/** The same data as the chart, as a table: colour never carries the meaning alone. */
function historyTable(sla: TrackedSla): string {
  const rows = sla.history.map((p) => `<tr><th scope="row">${h(p.period)}</th><td class="num">${h(n(p.value))}</td></tr>`).join('');
  return `<table><caption>${h(sla.metric)} (${h(sla.unit)}): baseline ${sla.baseline === null ? '–' : h(n(sla.baseline))}, target ${sla.target === null ? '–' : h(n(sla.target))}, ${sla.better} is better</caption><thead><tr><th scope="col">period</th><th scope="col" class="num">value</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Summary cards and one chart per tracked SLA, for the HTML report. */
export function renderSlaSectionHtml(result: TrackResult): string {
  const s = result.summary;
  const cards = (
    [
      ['green', s.green],
      ['amber', s.amber],
      ['red', s.red],
      ['no-data', s.no_data],
    ] as const
  )
    .map(([status, count]) => `<li style="border-left:4px solid ${COLOUR[status]}"><strong>${count}</strong>${WORD[status]}</li>`)
    .join('');
  const tracked = result.slas.filter((x) => x.history.length > 0);
  const figures = tracked.map((sla, i) => {
    const id = `sla-${i}`;
    return `<figure aria-labelledby="${id}-c">\n${slaChartSvg(sla, id)}\n<figcaption id="${id}-c"><strong style="color:${COLOUR[sla.status]}">${WORD[sla.status]}</strong>: ${h(sla.process)}, ${h(sla.metric)}. ${h(sla.reason)}</figcaption>\n<details><summary>The values</summary>${historyTable(sla)}</details>\n</figure>`;
  });
  return `<section id="slas" aria-labelledby="slas-h">
<h2 id="slas-h">Service levels against actuals</h2>
<p class="lead">${h(result.actualsFile)} against the SLAs of ${h(result.roadmap)}: each SLA's values over time, with its baseline (dashed) and target (solid).</p>
<ul class="figures">${cards}</ul>
${figures.join('\n')}
</section>`;
}

/** The same for the Markdown report: counts, then one row per SLA with its values. */
export function renderSlaSectionMarkdown(result: TrackResult): string {
  const s = result.summary;
  const out = [
    '',
    '## Service levels against actuals',
    '',
    `${s.green} green, ${s.amber} amber, ${s.red} red, ${s.no_data} without data.`,
    '',
    '| Status | Process | SLA | Baseline | Target | Values (oldest first) |',
    '|---|---|---|---|---|---|',
  ];
  for (const sla of result.slas) {
    const values = sla.history.map((p) => `${p.period}: ${n(p.value)}`).join(', ') || '–';
    out.push(
      `| ${WORD[sla.status]} | ${markdownCell(sla.process)} | ${markdownCell(`${sla.metric} (${sla.unit})`)} | ${sla.baseline === null ? '–' : n(sla.baseline)} | ${sla.target === null ? '–' : n(sla.target)} | ${markdownCell(values)} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
