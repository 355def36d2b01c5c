import { isCandidate } from '../../core/method.js';
import { possibleLine } from '../score/summary.js';
import type { ReportData, ShortlistRow } from '../../core/report/model.js';
import type { Explanation } from '../../core/engine/explain.js';
import type { Engagement } from '../../core/engagement/engagement.js';
import type { Location } from '../../core/location/location.js';
import { sanitize } from '../../util/sanitize.js';
import { escapeHtml } from '../text-safety.js';
import { moneySectionHtml } from './money.js';
import type { RenderedChart } from './svg.js';
import { REPORT_CSS } from './style.js';
import { QUADRANT_WORD, STATUS_WORD, VERDICT_WORD, engagementWord, seatsWord, totalSeats } from './words.js';

/** User text into HTML: control characters made visible, then escaped. */
const h = (text: string | number | null | undefined): string => (text === null || text === undefined ? '' : escapeHtml(sanitize(String(text))));
const show = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '–' : String(v));

function table(caption: string, head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((c, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${c}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n');
  return `<table>\n<caption>${caption}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const td = (html: string, cls?: string) => `<td${cls ? ` class="${cls}"` : ''}>${html}</td>`;
const rowHead = (html: string) => `<th scope="row">${html}</th>`;

function figure(chart: RenderedChart | undefined, caption: string): string {
  if (!chart) return '';
  return `<figure aria-labelledby="${chart.id}-caption">\n${chart.svg}\n<figcaption id="${chart.id}-caption">${caption}</figcaption>\n</figure>`;
}

function summary(data: ReportData): string {
  const seats = totalSeats(data.shortlist);
  const waves = new Set(data.shortlist.map((r) => r.wave)).size;
  const items = [
    ['processes assessed', data.total],
    ['on the shortlist', data.counts.outsource],
    ['crossed out (steps 3-5)', data.counts.keep + data.counts.retain + data.counts.defer],
    ['undecided (answers missing)', data.counts.incomplete],
    ['dedicated seats', seats],
    ['hand-over waves', waves],
  ];
  return `<ul class="figures">${items.map(([label, n]) => `<li><strong>${n}</strong>${label}</li>`).join('')}</ul>`;
}

function funnelSection(data: ReportData, chart: RenderedChart | undefined): string {
  const rows = data.funnel.map((s) => {
    const why = s.gates.map(
      (g) => `<li>${h(g.message)} <span class="why">(<code>${h(g.gate)}</code>: ${g.processes.map((p) => h(p.name)).join(', ')})</span></li>`,
    );
    const undecided = s.unanswered.map(
      (u) => `<li>${h(u.name)}: <span class="todo">answer ${u.criteria.map((c) => `<code>${h(c)}</code>`).join(', ')}</span></li>`,
    );
    const list = [...why, ...undecided];
    return [
      rowHead(`Step ${s.step}: ${h(s.title)}`),
      td(String(s.entered), 'num'),
      td(String(s.crossedOut), 'num'),
      td(String(s.undecided), 'num'),
      td(String(s.passed), 'num'),
      td(list.length > 0 ? `<ul class="reasons">${list.join('')}</ul>` : '–'),
    ];
  });
  return `<section id="funnel" aria-labelledby="funnel-h">
<h2 id="funnel-h">The funnel of the method</h2>
<p class="lead">The method crosses processes out in three steps: what you need not outsource (step 3, keep), what cannot be outsourced (step 4, retain), and what is not for outsourcing now (step 5, defer). A process with an unanswered gate question stops where it is: an unknown is never treated as safe.</p>
${figure(chart, `${data.total} processes entered step 3; ${data.counts.outsource} passed all three steps and were prioritised in step 6.`)}
${table('How many each step crossed out, and why', ['Step', 'Entered', 'Crossed out', 'Undecided', 'Passed', 'Why'], rows, [1, 2, 3, 4])}
</section>`;
}

function matrixSection(data: ReportData, chart: RenderedChart | undefined): string {
  if (data.matrix.length === 0) return '';
  const rows = data.matrix.map((p) => [
    td(String(p.rank), 'num'),
    rowHead(`${h(p.name)} <code>${h(p.id)}</code>${p.marks.length > 0 ? ` <strong class="mark">${h(p.marks.join(', '))}</strong>` : ''}`),
    td(p.value.toFixed(1), 'num'),
    td(p.ease.toFixed(1), 'num'),
    td(p.hours === null ? '<span class="todo">not given</span>' : String(p.hours), 'num'),
    td(QUADRANT_WORD[p.quadrant]),
  ]);
  return `<section id="matrix" aria-labelledby="matrix-h">
<h2 id="matrix-h">Priority matrix</h2>
<p class="lead">Step 6 weighs what outsourcing would gain against what it risks. Value is the share of the step-6 points earned by the criteria that raise the priority; ease of hand-over is the share earned by those that lower it. Bubbles are numbered by rank and sized by the hours of work a month; grey squares have no volume yet. The dashed lines are the shortlist's medians (value ${data.matrixSplit.value}, ease ${data.matrixSplit.ease}), so the quadrants compare the candidates with each other.</p>
${figure(chart, 'Top right: quick wins to hand over first. Top left: major projects, valuable but harder, so plan them carefully. Bottom right: easy fill-ins. Bottom left: reconsider. Value counts benefit, cost of inaction and repetitiveness; ease counts low risk, low tech complexity, low core competency and little domain expertise.')}
${table('The same data as a table', ['Rank', 'Process', 'Value', 'Ease', 'Hours a month', 'Quadrant'], rows, [0, 2, 3, 4])}
</section>`;
}

function engagementCell(e: Engagement): string {
  return e.model === null
    ? `<span class="todo">not decided</span><div class="why">${h(e.why)}</div>`
    : `${engagementWord(e)}<div class="why">${h(e.why)}</div>`;
}

function locationCell(l: Location): string {
  return l.recommended === null
    ? `<span class="todo">not decided</span><div class="why">${h(l.why)}</div>`
    : `${l.recommended}<div class="why">${h(l.why)}</div>`;
}

function shortlistSection(rows: ShortlistRow[]): string {
  if (rows.length === 0) {
    return '<section id="shortlist" aria-labelledby="shortlist-h"><h2 id="shortlist-h">Shortlist</h2><p>No process passed steps 3 to 5.</p></section>';
  }
  const body = rows.map((r) => [
    td(String(r.rank), 'num'),
    rowHead(`<a href="#p-${h(r.id)}">${h(r.name)}</a> <code>${h(r.id)}</code>${r.function ? `<div class="why">${h(r.function)}</div>` : ''}`),
    td(r.score.toFixed(1), 'num'),
    td(String(r.confidence), 'num'),
    td(String(r.wave), 'num'),
    td(engagementCell(r.engagement)),
    td(seatsWord(r.engagement), 'num'),
    td(locationCell(r.location)),
  ]);
  return `<section id="shortlist" aria-labelledby="shortlist-h">
<h2 id="shortlist-h">Shortlist</h2>
<p class="lead">The candidates, best first, with how to buy the work (resource support is dedicated seats bought per seat for steady volume; project support is bought per project) and where to do it (right-shoring). Waves start with low-risk, simple work.</p>
${table('Shortlisted processes with engagement, seats and location', ['Rank', 'Process', 'Score', 'Confidence', 'Wave', 'Engagement', 'Seats', 'Location'], body, [0, 2, 3, 4, 6])}
</section>`;
}

function explanation(x: ReportData['explanations'][number]): string {
  const e = x.evaluation;
  const head = isCandidate(e.verdict) ? `${e.verdict}, rank ${e.rank}, score ${e.score?.toFixed(1)}, confidence ${e.confidence}` : VERDICT_WORD[e.verdict];
  const parts: string[] = [`<article id="p-${h(e.id)}" aria-labelledby="p-${h(e.id)}-h">`, `<h3 id="p-${h(e.id)}-h">${h(e.name)} <code>${h(e.id)}</code></h3>`];
  parts.push(`<p>Verdict: <span class="verdict verdict-${e.verdict}">${h(head)}</span></p>`);
  parts.push(`<ul class="reasons">${e.reasons.map((r) => `<li>${h(r.message)}</li>`).join('')}</ul>`);
  if (x.engagement)
    parts.push(
      `<p>Engagement: ${x.engagement.model === null ? '<span class="todo">not decided</span>' : engagementWord(x.engagement)} <span class="why">${h(x.engagement.why)}</span></p>`,
    );
  if (x.location)
    parts.push(`<p>Location: ${x.location.recommended ?? '<span class="todo">not decided</span>'} <span class="why">${h(x.location.why)}</span></p>`);
  if (e.missing.length > 0) parts.push(`<p class="todo">Unanswered: ${e.missing.map((m) => `<code>${h(m)}</code>`).join(', ')}</p>`);
  const open = possibleLine(e);
  if (open) parts.push(`<p class="todo">What the unknowns still allow: ${h(open)}</p>`);
  if (e.marginal) parts.push('<p class="todo"><strong>Marginal:</strong> below the rules\' min_score; a weak candidate, not a plain recommendation</p>');
  parts.push(gatesTable(x));
  if (isCandidate(e.verdict)) parts.push(pointsTable(x));
  if (x.metrics.length > 0) {
    parts.push(
      `<p>Metrics (step 7): ${x.metrics.map((m) => `${h(m.name)} ${h(show(m.baseline))} ${h(m.unit)}${m.target === undefined ? '' : ` → ${h(m.target)}`}`).join('; ')}</p>`,
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}

function gatesTable(x: Explanation): string {
  const rows = x.steps
    .filter((s) => s.outcome !== 'not reached')
    .flatMap((s) =>
      s.gates.map((g, i) => [
        ...(i === 0 ? [`<th scope="rowgroup" rowspan="${s.gates.length}">Step ${s.step}</th>`] : []),
        td(`<code>${h(g.gate)}</code>`),
        td(h(g.test)),
        td(h(show(g.value)), 'num'),
        td(g.status === 'passed' ? STATUS_WORD.passed : `<strong>${STATUS_WORD[g.status]}</strong>`),
      ]),
    );
  if (rows.length === 0) return '';
  return table(`Gates of ${h(x.evaluation.id)}, steps 3 to 5`, ['Step', 'Gate', 'Test', 'Answer', 'Result'], rows, [3]);
}

function pointsTable(x: Explanation): string {
  const rows = x.contributions.map((c) => [
    rowHead(`<code>${h(c.criterion)}</code>`),
    td(h(show(c.value)), 'num'),
    td(c.effect),
    td(String(c.weight), 'num'),
    td(`${c.points.toFixed(1)} of ${c.max.toFixed(1)}`, 'num'),
  ]);
  return table(`Step-6 points of ${h(x.evaluation.id)}`, ['Criterion', 'Answer', 'Effect', 'Weight', 'Points'], rows, [1, 3, 4]);
}

export interface HtmlOptions {
  version: string;
  /** Sections added after the shortlist (the roadmap's waves, vendors and SLAs), and their entries in the contents. */
  afterShortlist?: { html: string; nav: string };
  /** Sections at the very end (the references). */
  end?: { html: string; nav: string };
  /** A section of SLAs against actuals (sla-charts.ts), when the report was given them. */
  slas?: string;
}

/** One self-contained page: inline CSS and SVG, no script, nothing fetched. */
export function renderReportHtml(data: ReportData, charts: readonly RenderedChart[], options: HtmlOptions): string {
  const chart = (id: string) => charts.find((c) => c.id === id);
  const title = data.organisation ? `Outsourcing report: ${h(data.organisation)}` : 'Outsourcing report';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="outsource ${h(options.version)}">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="lead">${data.total} processes assessed with the ${h(data.methodName)} method: the seven steps of <cite>What Internet Marketing Task To Outsource?</cite>, with the engagement, right-shoring and hand-over advice of the other articles under References.</p>
${summary(data)}
<nav aria-label="Contents"><ol><li><a href="#funnel">Funnel</a></li>${data.matrix.length > 0 ? '<li><a href="#matrix">Priority matrix</a></li>' : ''}<li><a href="#shortlist">Shortlist</a></li>${data.money ? '<li><a href="#business-case">Business case</a></li>' : ''}${options.afterShortlist?.nav ?? ''}<li><a href="#explanations">Every verdict explained</a></li>${options.end?.nav ?? ''}</ol></nav>
</header>
<main>
${funnelSection(data, chart('funnel-chart'))}
${matrixSection(data, chart('matrix-chart'))}
${shortlistSection(data.shortlist)}${moneySectionHtml(data)}
${options.afterShortlist?.html ?? ''}
<section id="explanations" aria-labelledby="explanations-h">
<h2 id="explanations-h">Every verdict explained</h2>
<p class="lead">Each answer, each gate and each point of the score; shortlisted processes first.</p>
${data.explanations.map(explanation).join('\n')}
</section>
${options.slas ?? ''}
${options.end?.html ?? ''}
</main>
<footer><p>Written by outsource ${h(options.version)}. This page is self-contained: it loads nothing from the network and needs no script.</p></footer>
</body>
</html>
`;
}
