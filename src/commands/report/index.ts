import { resolve } from 'node:path';
import { evaluateInventory } from '../../core/engine/evaluate.js';
import { loadInventory } from '../../core/inventory/load.js';
import { buildReport } from '../../core/report/model.js';
import { renderReportMarkdown } from '../../reporters/report/markdown.js';
import { version } from '../../version.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { loadMethodFor } from '../../cli/load-method.js';
import { readInput } from '../../cli/read-input.js';
import { writeFileAtomic } from '../../cli/write-file.js';
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
  format?: 'markdown' | 'html';
  force?: boolean;
  rules?: string;
  /** With actuals: the roadmap whose SLAs they are judged against. */
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
  const input = await readInput(options.file, io);
  const loaded = loadInventory(input.text, input.name, method);
  if (!loaded.ok) throw new UserError(loaded.errors);
  const data = buildReport(loaded.value, evaluateInventory(loaded.value, method), method);

  const tracked = await slasFor(options, io);

  const format = options.html !== undefined ? 'html' : (options.format ?? 'markdown');
  if (format === 'markdown') {
    io.stdout(renderReportMarkdown(data) + (tracked ? renderSlaSectionMarkdown(tracked) : ''));
    return EXIT.ok;
  }
  // The charting library is loaded here and nowhere else, so other commands stay fast.
  const [{ reportCharts }, { renderCharts }, { renderReportHtml }] = await Promise.all([
    import('../../reporters/report/charts.js'),
    import('../../reporters/report/svg.js'),
    import('../../reporters/report/html.js'),
  ]);
  const html = renderReportHtml(data, await renderCharts(reportCharts(data)), { version, ...(tracked ? { slas: renderSlaSectionHtml(tracked) } : {}) });
  if (options.html === undefined) {
    io.stdout(html);
    return EXIT.ok;
  }
  await writeFileAtomic(resolve(io.cwd, options.html), html, { force: options.force ?? false, shownAs: sanitize(options.html) });
  io.stdout(`wrote ${sanitize(options.html)}: ${data.total} processes, ${data.counts.outsource} on the shortlist\n`);
  return EXIT.ok;
}
