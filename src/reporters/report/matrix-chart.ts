import type { MatrixPoint, ReportData } from '../../core/report/model.js';
import { labelColourOn } from './colour-contrast.js';
import type { RenderedChart } from './svg.js';
import { attrs, axisBottom, axisLeft, chartSvg, esc, legendColumn, line, linearScale, niceTicks, text, type LegendItem } from './svg-kit.js';

export const SIZED_COLOUR = '#2f6f9f';
export const UNSIZED_COLOUR = '#b0b0b0';
const QUADRANT_INK = '#555555';
const SPLIT_LINE = '#999999';

const LEFT = 60;
const TOP = 10;
const PLOT_W = 520;
const PLOT_H = 400;
const LEGEND_X = LEFT + PLOT_W + 24;
const WIDTH = LEGEND_X + 170;
/** Bubble area in px², from no hours to the most hours, as a reader compares areas, not radii. */
const AREA: readonly [number, number] = [160, 2000];
const SQUARE_SIDE = 16;

const radius = (hours: number, most: number) => Math.sqrt((AREA[0] + (hours / most) * (AREA[1] - AREA[0])) / Math.PI);
const pointTitle = (p: MatrixPoint) =>
  `#${p.rank} ${p.id}${p.marks.length > 0 ? ` (${p.marks.join(', ')})` : ''}: value ${p.value}, ease ${p.ease}, ${p.hours === null ? 'volume not given' : `${p.hours} hours a month`}, ${p.quadrant}`;

/** Value against ease of hand-over, one bubble per candidate sized by its monthly hours, quadrants labelled. */
export function matrixChart(data: ReportData): RenderedChart {
  const split = data.matrixSplit;
  // Zoom in on where the candidates are: they all passed steps 3-5, so they bunch up.
  const floor = (n: number) => Math.max(0, Math.floor((n - 5) / 10) * 10);
  const lowEase = floor(Math.min(split.ease, ...data.matrix.map((p) => p.ease)));
  const lowValue = floor(Math.min(split.value, ...data.matrix.map((p) => p.value)));
  const most = Math.max(1, ...data.matrix.map((p) => p.hours ?? 0));
  const x = linearScale([lowEase, 104], [LEFT, LEFT + PLOT_W]);
  const y = linearScale([lowValue, 104], [TOP + PLOT_H, TOP]);
  const bottom = TOP + PLOT_H;

  const parts: string[] = [
    axisBottom({ scale: x, ticks: niceTicks(lowEase, 100, 12), at: bottom, gridTo: TOP, title: 'ease of hand-over →' }),
    axisLeft({ scale: y, ticks: niceTicks(lowValue, 100, 10), at: LEFT, gridTo: LEFT + PLOT_W, title: 'value of outsourcing →' }),
    line(x(split.ease), TOP, x(split.ease), bottom, SPLIT_LINE, { 'stroke-dasharray': '4 4', class: 'split' }),
    line(LEFT, y(split.value), LEFT + PLOT_W, y(split.value), SPLIT_LINE, { 'stroke-dasharray': '4 4', class: 'split' }),
  ];

  // Largest first, so a small bubble is never hidden under a big one; labels after all marks.
  const sized = data.matrix.filter((p) => p.hours !== null).sort((a, b) => (b.hours ?? 0) - (a.hours ?? 0) || a.rank - b.rank);
  const unsized = data.matrix.filter((p) => p.hours === null);
  const marks: string[] = [];
  const labels: string[] = [];
  // The rank, centred on its mark, in the colour that reads on the mark's fill.
  const rankLabel = (p: (typeof data.matrix)[number], fill: string): string =>
    text(x(p.ease), y(p.value), p.rank, { anchor: 'middle', baseline: 'middle', size: 11, weight: 'bold', fill: labelColourOn(fill), className: 'rank' });
  for (const p of sized) {
    marks.push(
      `<circle${attrs({ class: 'point', cx: x(p.ease), cy: y(p.value), r: radius(p.hours ?? 0, most), fill: SIZED_COLOUR, stroke: '#ffffff', 'stroke-width': 1.5 })}><title>${esc(pointTitle(p))}</title></circle>`,
    );
    labels.push(rankLabel(p, SIZED_COLOUR));
  }
  for (const p of unsized) {
    const h = SQUARE_SIDE / 2;
    marks.push(
      `<rect${attrs({ class: 'point', x: x(p.ease) - h, y: y(p.value) - h, width: SQUARE_SIDE, height: SQUARE_SIDE, fill: UNSIZED_COLOUR, stroke: '#555555', 'stroke-width': 1 })}><title>${esc(pointTitle(p))}</title></rect>`,
    );
    labels.push(rankLabel(p, UNSIZED_COLOUR));
  }
  parts.push('<g class="marks">', ...marks, '</g>', '<g class="labels">', ...labels, '</g>');

  // Quadrant names go on top of the bubbles, with a white halo so both stay readable.
  const corner = { size: 12, weight: 'bold', fill: QUADRANT_INK, halo: true, className: 'quadrant' } as const;
  parts.push(
    text(x(100) - 4, y(100) + 4, 'QUICK WINS', { ...corner, anchor: 'end', baseline: 'top' }),
    text(x(lowEase) + 4, y(100) + 4, 'MAJOR PROJECTS', { ...corner, baseline: 'top' }),
    text(x(100) - 4, y(lowValue) - 4, 'FILL-INS', { ...corner, anchor: 'end' }),
    text(x(lowEase) + 4, y(lowValue) - 4, 'RECONSIDER', corner),
  );

  const volume: LegendItem[] = [
    { label: 'hours a month given', colour: SIZED_COLOUR, shape: 'circle' },
    { label: 'volume not given', colour: UNSIZED_COLOUR, shape: 'square', stroke: '#555555' },
  ];
  const first = legendColumn('volume', volume, LEGEND_X, TOP);
  parts.push(first.svg);
  if (sized.length > 0) {
    const steps = niceTicks(0, most, 5);
    const sizes: LegendItem[] = steps.map((h) => ({ label: String(h), colour: SIZED_COLOUR, shape: 'circle', radius: radius(Math.min(h, most), most) }));
    parts.push(legendColumn('hours a month', sizes, LEGEND_X, TOP + first.height + 16).svg);
  }

  return chartSvg({
    id: 'matrix-chart',
    title: 'Priority matrix: value against ease of hand-over',
    description: `Scatter plot of the ${data.matrix.length} shortlisted processes, numbered by rank; bubble area grows with hours a month; quadrants split at the shortlist's medians (value ${split.value}, ease ${split.ease}). ${data.matrix.map(pointTitle).join('; ')}.`,
    width: WIDTH,
    height: bottom + 50,
    body: parts.join(''),
  });
}
