import type { ReportData } from '../../core/report/model.js';

/** A chart: its Vega-Lite spec and the accessible title and description that go with it. */
export interface ChartSpec {
  id: string;
  title: string;
  description: string;
  spec: Record<string, unknown>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#222', titleColor: '#222', gridColor: '#e3e3e3' },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom', labelLimit: 400 },
  background: 'white',
};

/**
 * The funnel of seed 004: for each cross-out step, how many processes it
 * let through, crossed out, or could not decide. Only ids, numbers and fixed
 * words go into chart data; user text stays in the escaped HTML around it.
 */
export function funnelChart(data: ReportData): ChartSpec {
  const rows: { stage: string; order: number; outcome: string; outcomeOrder: number; count: number }[] = [];
  const VERDICT_WORD = { keep: 'keep in-house (step 3)', retain: 'retain (step 4)', defer: 'defer (step 5)' } as const;
  for (const s of data.funnel) {
    const stage = `Step ${s.step}`;
    rows.push({ stage, order: s.step, outcome: 'passed', outcomeOrder: 0, count: s.passed });
    rows.push({ stage, order: s.step, outcome: VERDICT_WORD[s.verdict], outcomeOrder: s.step - 2, count: s.crossedOut });
    rows.push({ stage, order: s.step, outcome: 'undecided (unanswered)', outcomeOrder: 4, count: s.undecided });
  }
  const outcomes = ['passed', VERDICT_WORD.keep, VERDICT_WORD.retain, VERDICT_WORD.defer, 'undecided (unanswered)'];
  const steps = data.funnel.map((s) => `step ${s.step} crossed out ${s.crossedOut} (${s.verdict}) and left ${s.undecided} undecided, passing ${s.passed}`);
  return {
    id: 'funnel-chart',
    title: `The funnel: ${data.total} processes in, ${data.counts.outsource} on the shortlist`,
    description: `Stacked bars, one per step of the method. ${steps.join('; ')}.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 640,
      height: 150,
      config: CONFIG,
      data: { values: rows.filter((r) => r.count > 0) },
      layer: [
        {
          mark: { type: 'bar', stroke: 'white', strokeWidth: 1 },
          encoding: {
            y: { field: 'stage', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelFontWeight: 'bold' } },
            x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'processes reaching the step', axis: { tickMinStep: 1, format: 'd' } },
            color: {
              field: 'outcome',
              type: 'nominal',
              title: null,
              scale: { domain: outcomes, range: ['#2f6f9f', '#8c8c8c', '#b35c1e', '#c9a227', '#d9d9d9'] },
            },
            order: { field: 'outcomeOrder' },
          },
        },
        {
          mark: { type: 'text', color: 'white', fontWeight: 'bold', fontSize: 12 },
          encoding: {
            y: { field: 'stage', type: 'nominal', sort: { field: 'order' } },
            x: { field: 'count', type: 'quantitative', stack: 'zero', bandPosition: 0.5 },
            detail: { field: 'outcome' },
            order: { field: 'outcomeOrder' },
            text: { field: 'count', type: 'quantitative' },
          },
        },
      ],
    },
  };
}

/** Value against ease of hand-over, one bubble per candidate sized by its monthly hours, quadrants labelled. */
export function matrixChart(data: ReportData): ChartSpec {
  const split = data.matrixSplit;
  // Zoom in on where the candidates are: they all passed steps 3-5, so they bunch up.
  const floor = (n: number) => Math.max(0, Math.floor((n - 5) / 10) * 10);
  const lowEase = floor(Math.min(split.ease, ...data.matrix.map((p) => p.ease)));
  const lowValue = floor(Math.min(split.value, ...data.matrix.map((p) => p.value)));
  const maxHours = Math.max(1, ...data.matrix.map((p) => p.hours ?? 0));
  const sized = data.matrix.filter((p) => p.hours !== null).map((p) => ({ rank: p.rank, value: p.value, ease: p.ease, hours: p.hours, volume: 'hours a month given' }));
  const unsized = data.matrix.filter((p) => p.hours === null).map((p) => ({ rank: p.rank, value: p.value, ease: p.ease, volume: 'volume not given' }));
  const labels = [
    { q: 'QUICK WINS', x: 100, y: 100, align: 'right', baseline: 'top' },
    { q: 'MAJOR PROJECTS', x: lowEase, y: 100, align: 'left', baseline: 'top' },
    { q: 'FILL-INS', x: 100, y: lowValue, align: 'right', baseline: 'bottom' },
    { q: 'RECONSIDER', x: lowEase, y: lowValue, align: 'left', baseline: 'bottom' },
  ];
  const xScale = { domain: [lowEase, 104], nice: false, zero: false };
  const yScale = { domain: [lowValue, 104], nice: false, zero: false };
  const x = { field: 'ease', type: 'quantitative', scale: xScale, title: 'ease of hand-over →' };
  const y = { field: 'value', type: 'quantitative', scale: yScale, title: 'value of outsourcing →' };
  const color = { field: 'volume', type: 'nominal', scale: { domain: ['hours a month given', 'volume not given'], range: ['#2f6f9f', '#b0b0b0'] }, legend: { title: 'volume', orient: 'right' } };
  const described = data.matrix.map((p) => `#${p.rank} ${p.id}${p.marks.length > 0 ? ` (${p.marks.join(', ')})` : ''}: value ${p.value}, ease ${p.ease}, ${p.hours === null ? 'volume not given' : `${p.hours} hours a month`}, ${p.quadrant}`);
  const layers: Record<string, unknown>[] = [
    { data: { values: [{ v: split.ease }] }, mark: { type: 'rule', color: '#999', strokeDash: [4, 4] }, encoding: { x: { field: 'v', type: 'quantitative', scale: xScale } } },
    { data: { values: [{ v: split.value }] }, mark: { type: 'rule', color: '#999', strokeDash: [4, 4] }, encoding: { y: { field: 'v', type: 'quantitative', scale: yScale } } },
  ];
  if (sized.length > 0) {
    layers.push({
      data: { values: sized },
      mark: { type: 'circle', opacity: 0.8, stroke: '#1b4463', strokeWidth: 1 },
      encoding: { x, y, color, size: { field: 'hours', type: 'quantitative', scale: { domain: [0, maxHours], range: [160, 2000] }, legend: { title: 'hours a month', orient: 'right' } } },
    });
  }
  if (unsized.length > 0) {
    layers.push({ data: { values: unsized }, mark: { type: 'square', size: 260, opacity: 0.9, stroke: '#555', strokeWidth: 1 }, encoding: { x, y, color } });
  }
  layers.push({
    data: { values: [...sized, ...unsized] },
    mark: { type: 'text', fontSize: 11, fontWeight: 'bold', color: '#111' },
    encoding: { x: { field: 'ease', type: 'quantitative', scale: xScale }, y: { field: 'value', type: 'quantitative', scale: yScale }, text: { field: 'rank' } },
  });
  // Quadrant names go on top of the bubbles, with a white halo so both stay readable.
  for (const halo of [true, false]) {
    for (const l of labels) {
      layers.push({
        data: { values: [l] },
        mark: { type: 'text', fontSize: 12, fontWeight: 'bold', color: '#555', align: l.align, baseline: l.baseline, dx: l.align === 'left' ? 4 : -4, dy: l.baseline === 'top' ? 4 : -4, ...(halo ? { stroke: 'white', strokeWidth: 4, strokeOpacity: 0.9 } : {}) },
        encoding: { x: { field: 'x', type: 'quantitative', scale: xScale }, y: { field: 'y', type: 'quantitative', scale: yScale }, text: { field: 'q' } },
      });
    }
  }
  return {
    id: 'matrix-chart',
    title: 'Priority matrix: value against ease of hand-over',
    description: `Scatter plot of the ${data.matrix.length} shortlisted processes, numbered by rank; bubble area grows with hours a month; quadrants split at the shortlist's medians (value ${split.value}, ease ${split.ease}). ${described.join('; ')}.`,
    spec: { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', width: 560, height: 400, config: CONFIG, layer: layers },
  };
}

export function reportCharts(data: ReportData): ChartSpec[] {
  return data.matrix.length > 0 ? [funnelChart(data), matrixChart(data)] : [funnelChart(data)];
}
