import type { RoadmapView } from '../../core/report/roadmap-view.js';
import { sanitize } from '../../util/sanitize.js';
import { escapeHtml } from '../text-safety.js';

const h = (text: string): string => escapeHtml(sanitize(text));
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const COLUMN = 220;
const GAP = 24;
const HEAD = 40;
const LINE = 20;
const MAX_LINES = 12;

/**
 * The hand-over waves as a timeline, drawn as plain SVG: one column per wave,
 * left to right, each listing its processes and vendors. Dark text on pale
 * fills (contrast well above 4.5:1); the same content is in the table below it.
 */
export function waveTimelineSvg(view: RoadmapView): string {
  const waves = view.waves;
  if (waves.length === 0) return '';
  const lines = Math.min(MAX_LINES, Math.max(...waves.map((w) => w.items.length)));
  const height = HEAD + lines * LINE + 24;
  const width = waves.length * COLUMN + (waves.length - 1) * GAP;
  const columns = waves.map((w, i) => {
    const x = i * (COLUMN + GAP);
    const shown = w.items.slice(0, MAX_LINES - (w.items.length > MAX_LINES ? 1 : 0));
    const rows = shown.map(
      (item, k) => `<text x="${x + 12}" y="${HEAD + 18 + k * LINE}" font-size="12" fill="#1f2328">${h(cut(`${item.name} (${item.vendorName})`, 34))}</text>`,
    );
    if (shown.length < w.items.length)
      rows.push(`<text x="${x + 12}" y="${HEAD + 18 + shown.length * LINE}" font-size="12" fill="#1f2328">… and ${w.items.length - shown.length} more</text>`);
    const arrow =
      i < waves.length - 1 ? `<path d="M${x + COLUMN + 4} ${HEAD / 2} l${GAP - 8} 0 m-6 -5 l6 5 l-6 5" stroke="#1f2328" fill="none" stroke-width="1.5"/>` : '';
    return `<g><rect x="${x}" y="0" width="${COLUMN}" height="${HEAD - 6}" rx="4" fill="#1d4ed8"/><text x="${x + 12}" y="${HEAD / 2 + 2}" font-size="14" font-weight="bold" fill="#ffffff">Wave ${w.wave}: ${w.items.length} process${w.items.length === 1 ? '' : 'es'}</text><rect x="${x}" y="${HEAD}" width="${COLUMN}" height="${height - HEAD}" rx="4" fill="#eef2ff" stroke="#c7d2fe"/>${rows.join('')}${arrow}</g>`;
  });
  const label = waves.map((w) => `wave ${w.wave}: ${w.items.map((i) => i.name).join(', ')}`).join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" id="wave-timeline" role="img" aria-label="${h(cut(`Hand-over waves, first to last. ${label}`, 2000))}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif"><title>Hand-over waves, first to last</title>${columns.join('')}</svg>`;
}
