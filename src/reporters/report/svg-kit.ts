/**
 * Small building blocks for the report's charts, drawn as plain inline SVG:
 * escaping, linear scales, tick values, axes, text and legends. Pure string
 * functions; a chart module lays out its marks with them and wraps the
 * result with `chartSvg`, which adds the accessible title and description.
 */
import { escapeHtml } from '../text-safety.js';
import type { RenderedChart } from './svg.js';

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Text on the white background: axes, legends, titles (contrast well above 4.5:1). */
export const INK = '#222222';
export const GRID = '#e3e3e3';
export const AXIS_LINE = '#888888';
export const BACKGROUND = '#ffffff';

/** Any text or attribute value: escaped for XML and HTML alike. */
export const esc = (value: string | number): string => escapeHtml(String(value));

/** Coordinates rounded to a tenth of a pixel: shorter files, identical output on every machine. */
export const px = (n: number): string => String(Math.round(n * 10) / 10);

/** Attributes from a record; undefined values are left out. */
export function attrs(record: Record<string, string | number | undefined>): string {
  return Object.entries(record)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? px(v) : esc(v)}"`)
    .join('');
}

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps [d0, d1] onto [r0, r1] linearly (an empty domain maps to r0). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** Round tick values (1, 2 or 5 times a power of ten) within [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count: number, options: { integers?: boolean } = {}): number[] {
  if (!(hi > lo)) return [lo];
  const rough = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  if (options.integers) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

export interface TextOptions {
  size?: number;
  weight?: 'bold' | 'normal';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical placement of the text relative to y. */
  baseline?: 'top' | 'middle' | 'bottom';
  /** A white outline under the letters, so text stays readable over marks. */
  halo?: boolean;
  rotate?: number;
  className?: string;
}

const BASELINE = { top: 'hanging', middle: 'central', bottom: 'alphabetic' } as const;

export function text(x: number, y: number, content: string | number, o: TextOptions = {}): string {
  const a = attrs({
    class: o.className,
    x,
    y,
    'font-size': o.size ?? 12,
    'font-weight': o.weight === 'bold' ? 'bold' : undefined,
    fill: o.fill ?? INK,
    'text-anchor': o.anchor && o.anchor !== 'start' ? o.anchor : undefined,
    'dominant-baseline': o.baseline && o.baseline !== 'bottom' ? BASELINE[o.baseline] : undefined,
    transform: o.rotate ? `rotate(${o.rotate} ${px(x)} ${px(y)})` : undefined,
    ...(o.halo ? { stroke: BACKGROUND, 'stroke-width': 4, 'stroke-opacity': 0.9, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } : {}),
  });
  return `<text${a}>${esc(content)}</text>`;
}

/** A rough width for a label in the report's sans-serif font, to decide whether it fits inside a mark. */
export const textWidth = (content: string, size = 12): number => content.length * size * 0.55;

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra: Record<string, string | number | undefined> = {}): string =>
  `<line${attrs({ x1, y1, x2, y2, stroke, ...extra })}/>`;

export const rect = (x: number, y: number, width: number, height: number, fill: string, extra: Record<string, string | number | undefined> = {}): string =>
  `<rect${attrs({ x, y, width: Math.max(0, width), height: Math.max(0, height), fill, ...extra })}/>`;

export interface AxisOptions {
  scale: LinearScale;
  ticks: readonly number[];
  /** Where the axis line sits: y for a bottom axis, x for a left axis. */
  at: number;
  /** The other end of the plot, for grid lines across it; leave out for no grid. */
  gridTo?: number;
  title?: string;
  format?: (value: number) => string;
}

/** A horizontal axis under the plot: line, ticks, labels, optional grid and title. */
export function axisBottom(o: AxisOptions): string {
  const fmt = o.format ?? String;
  const [x0, x1] = o.scale.range;
  const parts = ['<g class="axis axis-x">'];
  for (const t of o.ticks) {
    const x = o.scale(t);
    if (o.gridTo !== undefined) parts.push(line(x, o.gridTo, x, o.at, GRID));
    parts.push(line(x, o.at, x, o.at + 5, AXIS_LINE), text(x, o.at + 8, fmt(t), { anchor: 'middle', baseline: 'top', size: 11 }));
  }
  parts.push(line(Math.min(x0, x1), o.at, Math.max(x0, x1), o.at, AXIS_LINE));
  if (o.title) parts.push(text((x0 + x1) / 2, o.at + 24, o.title, { anchor: 'middle', baseline: 'top', weight: 'bold' }));
  parts.push('</g>');
  return parts.join('');
}

/** A vertical axis left of the plot: line, ticks, labels, optional grid and a rotated title. */
export function axisLeft(o: AxisOptions): string {
  const fmt = o.format ?? String;
  const [y0, y1] = o.scale.range;
  const parts = ['<g class="axis axis-y">'];
  for (const t of o.ticks) {
    const y = o.scale(t);
    if (o.gridTo !== undefined) parts.push(line(o.at, y, o.gridTo, y, GRID));
    parts.push(line(o.at - 5, y, o.at, y, AXIS_LINE), text(o.at - 8, y, fmt(t), { anchor: 'end', baseline: 'middle', size: 11 }));
  }
  parts.push(line(o.at, Math.min(y0, y1), o.at, Math.max(y0, y1), AXIS_LINE));
  if (o.title) parts.push(text(o.at - 34, (y0 + y1) / 2, o.title, { anchor: 'middle', weight: 'bold', rotate: -90 }));
  parts.push('</g>');
  return parts.join('');
}

export interface LegendItem {
  label: string;
  colour: string;
  shape?: 'square' | 'circle';
  /** Radius for a circle, half the side for a square. */
  radius?: number;
  stroke?: string;
}

/** Legend entries in a row that wraps at `width`; returns the SVG and the height it took. */
export function legendRow(items: readonly LegendItem[], x: number, y: number, width: number): { svg: string; height: number } {
  const parts = ['<g class="legend">'];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = 14 + textWidth(item.label) + 16;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += 20;
    }
    parts.push(swatch(cx + 5, cy + 6, item), text(cx + 14, cy + 6, item.label, { baseline: 'middle' }));
    cx += w;
  }
  parts.push('</g>');
  return { svg: parts.join(''), height: cy - y + 14 };
}

/** Legend entries one under the other, each row as tall as its swatch; returns the SVG and the height it took. */
export function legendColumn(title: string, items: readonly LegendItem[], x: number, y: number): { svg: string; height: number } {
  const parts = ['<g class="legend">', text(x, y, title, { weight: 'bold', baseline: 'top' })];
  let cy = y + 20;
  for (const item of items) {
    const r = item.radius ?? 5;
    const row = Math.max(16, 2 * r + 4);
    parts.push(swatch(x + Math.max(5, r), cy + row / 2, item), text(x + 2 * Math.max(5, r) + 8, cy + row / 2, item.label, { baseline: 'middle' }));
    cy += row;
  }
  parts.push('</g>');
  return { svg: parts.join(''), height: cy - y };
}

function swatch(cx: number, cy: number, item: LegendItem): string {
  const r = item.radius ?? 5;
  const stroke = item.stroke ? { stroke: item.stroke, 'stroke-width': 1 } : {};
  return item.shape === 'circle' ? `<circle${attrs({ cx, cy, r, fill: item.colour, ...stroke })}/>` : rect(cx - r, cy - r, 2 * r, 2 * r, item.colour, stroke);
}

export interface ChartFrame {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  body: string;
}

/**
 * The chart as inline SVG: role="img", labelled by its <title> and <desc>
 * (which come first, as assistive technology expects), no namespace URL
 * (inline SVG in HTML needs none), no script.
 */
export function chartSvg(frame: ChartFrame): RenderedChart {
  const { id, title, description, width, height } = frame;
  const head = `<svg${attrs({ class: 'chart', width, height, viewBox: `0 0 ${px(width)} ${px(height)}`, 'font-family': FONT_FAMILY })} role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" focusable="false">`;
  const background = rect(0, 0, width, height, BACKGROUND, { class: 'background' });
  const svg = `${head}<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>${background}${frame.body}</svg>`;
  return { id, title, description, svg };
}
