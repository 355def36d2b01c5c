import type { RoadmapView } from '../../core/report/roadmap-view.js';
import { sanitize } from '../../util/sanitize.js';
import { escapeHtml, markdownCell } from '../text-safety.js';
import { waveTimelineSvg } from './wave-timeline.js';

const h = (text: string | number | null | undefined): string => (text === null || text === undefined ? '–' : escapeHtml(sanitize(String(text))));
const md = (text: string | number | null | undefined): string => (text === null || text === undefined ? '-' : markdownCell(String(text)));

const table = (caption: string, head: string[], rows: string[][]) =>
  `<table>\n<caption>${caption}</caption>\n<thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;

/** The navigation entries of the roadmap sections. */
export const ROADMAP_NAV = '<li><a href="#waves">Waves</a></li><li><a href="#vendors">Vendors</a></li><li><a href="#sla-targets">Service levels</a></li>';

/** The roadmap's waves (a timeline), its vendors and its SLAs, as sections of the HTML report. */
export function roadmapSectionsHtml(view: RoadmapView): string {
  const who = [view.owner ? `Owner: ${h(view.owner)}.` : 'The roadmap names no owner.', view.review ? `Review: ${h(view.review)}.` : ''].join(' ');
  const waves = `<section id="waves" aria-labelledby="waves-h">
<h2 id="waves-h">Hand-over waves${view.name ? `: ${h(view.name)}` : ''}</h2>
<p class="lead">From the roadmap ${h(view.file)}. Wave 1 holds non-core, low-risk work; more is handed over as comfort with the vendors grows. ${who}</p>
${view.waves.length === 0 ? '<p>The roadmap has no items yet.</p>' : `<figure aria-labelledby="wave-timeline-caption">\n${waveTimelineSvg(view)}\n<figcaption id="wave-timeline-caption">${view.waves.length} wave${view.waves.length === 1 ? '' : 's'}, first to last.</figcaption>\n</figure>`}
${
  view.waves.length === 0
    ? ''
    : table(
        'Every item, by wave',
        ['Wave', 'Process', 'Vendor', 'Engagement', 'Location'],
        view.waves.flatMap((w) =>
          w.items.map((i) => [String(w.wave), `${h(i.name)} (<code>${h(i.process)}</code>)`, h(i.vendorName), h(i.engagement), h(i.location)]),
        ),
      )
}
</section>`;
  const vendors = `<section id="vendors" aria-labelledby="vendors-h">
<h2 id="vendors-h">Vendors</h2>
${
  view.vendors.length === 0
    ? '<p>The roadmap names no vendors.</p>'
    : table(
        'Each vendor, its scope and what the roadmap gives it',
        ['Vendor', 'Scope', 'Processes in the roadmap', 'Contact'],
        view.vendors.map((v) => [
          `${h(v.name)} (<code>${h(v.id)}</code>)`,
          v.scope.length > 0 ? h(v.scope.join(', ')) : '<span class="todo">no scope: say what this vendor takes</span>',
          v.processes.length > 0 ? h(v.processes.join(', ')) : '–',
          h(v.contact),
        ]),
      )
}
</section>`;
  const missing = view.withoutSlas.length > 0 ? `<p><span class="todo">No service levels yet for ${h(view.withoutSlas.join(', '))}.</span></p>` : '';
  const slas = `<section id="sla-targets" aria-labelledby="sla-targets-h">
<h2 id="sla-targets-h">Service levels</h2>
<p class="lead">What each vendor is held to: today's baseline and the target it commits to.</p>
${
  view.slas.length === 0
    ? '<p>The roadmap sets no service levels.</p>'
    : table(
        'Every SLA of the roadmap',
        ['Process', 'Vendor', 'Metric', 'Unit', 'Baseline', 'Target'],
        view.slas.map((s) => [h(s.name), h(s.vendor), h(s.metric), h(s.unit), h(s.baseline), h(s.target)]),
      )
}
${missing}
</section>`;
  return [waves, vendors, slas].join('\n');
}

/** The same three sections in Markdown. */
export function roadmapSectionsMarkdown(view: RoadmapView): string {
  const out: string[] = [
    `## Hand-over waves${view.name ? `: ${md(view.name)}` : ''}`,
    '',
    `From the roadmap ${md(view.file)}. ${view.owner ? `Owner: ${md(view.owner)}.` : 'The roadmap names no owner.'}${view.review ? ` Review: ${md(view.review)}.` : ''}`,
    '',
  ];
  if (view.waves.length === 0) out.push('The roadmap has no items yet.', '');
  else {
    out.push(view.waves.map((w) => `**Wave ${w.wave}** (${w.items.map((i) => md(i.name)).join(', ')})`).join(' → '), '');
    out.push('| Wave | Process | Vendor | Engagement | Location |', '|---:|---|---|---|---|');
    for (const w of view.waves)
      for (const i of w.items) out.push(`| ${w.wave} | ${md(i.name)} (\`${md(i.process)}\`) | ${md(i.vendorName)} | ${i.engagement} | ${i.location} |`);
    out.push('');
  }
  out.push('## Vendors', '');
  if (view.vendors.length === 0) out.push('The roadmap names no vendors.', '');
  else {
    out.push('| Vendor | Scope | Processes in the roadmap | Contact |', '|---|---|---|---|');
    for (const v of view.vendors)
      out.push(
        `| ${md(v.name)} (\`${md(v.id)}\`) | ${v.scope.length > 0 ? md(v.scope.join(', ')) : 'no scope'} | ${v.processes.length > 0 ? md(v.processes.join(', ')) : '-'} | ${md(v.contact)} |`,
      );
    out.push('');
  }
  out.push('## Service levels', '');
  if (view.slas.length === 0) out.push('The roadmap sets no service levels.', '');
  else {
    out.push('| Process | Vendor | Metric | Unit | Baseline | Target |', '|---|---|---|---|---:|---:|');
    for (const s of view.slas) out.push(`| ${md(s.name)} | ${md(s.vendor)} | ${md(s.metric)} | ${md(s.unit)} | ${md(s.baseline)} | ${md(s.target)} |`);
    out.push('');
  }
  if (view.withoutSlas.length > 0) out.push(`No service levels yet for ${view.withoutSlas.map(md).join(', ')}.`, '');
  return out.join('\n');
}
