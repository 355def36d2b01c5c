import type * as Vega from 'vega';
import { escapeHtml } from '../text-safety.js';
import type { ChartSpec } from './charts.js';

export interface RenderedChart {
  id: string;
  title: string;
  description: string;
  /** Inline SVG, with role="img", <title> and <desc>; no namespace URLs, no scripts. */
  svg: string;
}

/**
 * Compiles each Vega-Lite spec and renders it to SVG with a headless Vega
 * View. Vega is imported here, on demand, so that only `outsource report`
 * ever loads it.
 */
export async function renderCharts(charts: readonly ChartSpec[]): Promise<RenderedChart[]> {
  const [vegaLite, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const out: RenderedChart[] = [];
  for (const chart of charts) {
    const compiled = vegaLite.compile(chart.spec as unknown as Parameters<typeof vegaLite.compile>[0], { logger: silent(vega) }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.None });
    try {
      const svg = await view.toSVG();
      out.push({ id: chart.id, title: chart.title, description: chart.description, svg: accessibleSvg(svg, chart) });
    } finally {
      view.finalize();
    }
  }
  return out;
}

/** Inline SVG needs no namespace declarations; dropping them keeps every URL out of the file. */
export function accessibleSvg(svg: string, chart: { id: string; title: string; description: string }): string {
  const open = svg.indexOf('>');
  if (!svg.startsWith('<svg') || open === -1) throw new Error('the chart renderer did not return an SVG document');
  const attrs = svg
    .slice(4, open)
    .replace(/\s+xmlns(:\w+)?="[^"]*"/g, '')
    .replace(/\s+version="[^"]*"/, '');
  const head = `<svg${attrs} role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" focusable="false">`;
  return `${head}<title id="${chart.id}-title">${escapeHtml(chart.title)}</title><desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>${svg.slice(open + 1)}`;
}

/** Vega and Vega-Lite log to the console by default; a report must not write to the terminal behind the CLI's back. */
function silent(vega: typeof Vega) {
  return vega.logger(vega.None);
}
