import { escapeHtml } from '../text-safety.js';

export interface RenderedChart {
  id: string;
  title: string;
  description: string;
  /** Inline SVG, with role="img", <title> and <desc>; no namespace URLs, no scripts. */
  svg: string;
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
