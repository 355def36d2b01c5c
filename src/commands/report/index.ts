import { resolve } from 'node:path';
import { evaluateInventory } from '../../core/engine/evaluate.js';
import { buildReport } from '../../core/report/model.js';
import { renderReportMarkdown } from '../../reporters/report/markdown.js';
import { version } from '../../version.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { readInventoryFile } from '../../io/read-inventory.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { readRoadmapView } from './roadmap-input.js';
import type { ReportFormat } from '../../reporters/report/formats.js';
import type { TrackResult } from '../../core/tracking/track.js';
import { renderSlaSectionHtml, renderSlaSectionMarkdown } from '../../reporters/report/sla-charts.js';

/** The roadmap's SLAs judged against actuals, when --actuals is given (it needs --roadmap). */
async function slasFor(options: ReportOptions, io: Io): Promise<TrackResult | undefined> {
  if (options.actuals === undefined) return undefined;
  if (options.roadmap === undefined) throw new UserError('--actuals needs --roadmap FILE: the roadmap whose SLAs the actuals are measured against');
  const { trackFiles } = await import('../track/index.js');
  return trackFiles({ roadmap: options.roadmap, actuals: options.actuals }, io);
}

export interface ReportOptions {
  file: string;
  /** Write the HTML page to this file. */
  html?: string;
  /** Print to stdout instead: markdown (the default) or html. */
  format?: ReportFormat;
  force?: boolean;
  rules?: string;
  /** A roadmap: adds its waves (a timeline), vendors and SLAs. */
  roadmap?: string;
  /** Actuals of the roadmap's SLAs: a chart per tracked SLA and cards counting green, amber and red. */
  actuals?: string;
}

/** The funnel, the priority matrix, the shortlist and every explanation, as one offline HTML page or as Markdown. */
export async function report(options: ReportOptions, io: Io): Promise<number> {
  if (options.html !== undefined && options.format !== undefined) {
    throw new UserError('give either --html FILE (writes the page) or --format (prints to stdout), not both');
  }
  const { method } = await loadMethodFor(options.rules, io);
  const { inventory } = await readInventoryFile(options.file, method, io);
  const data = buildReport(inventory, evaluateInventory(inventory, method), method);
  const roadmap = options.roadmap === undefined ? undefined : await readRoadmapView(options.roadmap, inventory, io);
  const [{ referencesHtml, referencesMarkdown }, sections] = await Promise.all([
    import('../../reporters/report/references.js'),
    roadmap ? import('../../reporters/report/roadmap-sections.js') : undefined,
  ]);

  const tracked = await slasFor(options, io);

  const format = options.html !== undefined ? 'html' : (options.format ?? 'markdown');
  if (format === 'markdown') {
    io.stdout(renderReportMarkdown(data) + (tracked ? renderSlaSectionMarkdown(tracked) : ''));
    if (roadmap && sections) io.stdout(`\n${sections.roadmapSectionsMarkdown(roadmap)}`);
    io.stdout(`\n${referencesMarkdown()}`);
    return EXIT.ok;
  }
  // The charts and the page are loaded here and nowhere else, so other commands stay fast.
  const [{ reportCharts }, { renderReportHtml }] = await Promise.all([import('../../reporters/report/charts.js'), import('../../reporters/report/html.js')]);
  const html = renderReportHtml(data, reportCharts(data), {
    version,
    ...(roadmap && sections ? { afterShortlist: { html: sections.roadmapSectionsHtml(roadmap), nav: sections.ROADMAP_NAV } } : {}),
    ...(tracked ? { slas: renderSlaSectionHtml(tracked) } : {}),
    end: { html: referencesHtml(), nav: '<li><a href="#references">References</a></li>' },
  });
  if (options.html === undefined) {
    io.stdout(html);
    return EXIT.ok;
  }
  await writeFileAtomic(resolve(io.cwd, options.html), html, { force: options.force ?? false, shownAs: sanitize(options.html) });
  io.stdout(`wrote ${sanitize(options.html)}: ${data.total} processes, ${data.counts.outsource} on the shortlist\n`);
  return EXIT.ok;
}
