import type { FunnelStep, ReportData } from '../../core/report/model.js';
import { labelColourOn } from './colour-contrast.js';
import type { RenderedChart } from './svg.js';
import { axisBottom, chartSvg, esc, legendRow, linearScale, niceTicks, rect, text, textWidth, type LegendItem } from './svg-kit.js';

/** Outcomes in the order they are stacked and listed in the legend. */
export const FUNNEL_OUTCOMES = [
  { key: 'passed', label: 'passed', colour: '#2f6f9f' },
  { key: 'keep', label: 'keep in-house (step 3)', colour: '#8c8c8c' },
  { key: 'retain', label: 'retain (step 4)', colour: '#b35c1e' },
  { key: 'defer', label: 'defer (step 5)', colour: '#c9a227' },
  { key: 'undecided', label: 'undecided (unanswered)', colour: '#d9d9d9' },
] as const;

type OutcomeKey = (typeof FUNNEL_OUTCOMES)[number]['key'];
const outcome = (key: OutcomeKey) => FUNNEL_OUTCOMES.find((o) => o.key === key)!;

const WIDTH = 720;
const LEFT = 64;
const RIGHT = 16;
const TOP = 8;
const BAND = 40;
const BAR = 30;

function segments(s: FunnelStep): { key: OutcomeKey; count: number }[] {
  return [
    { key: 'passed' as const, count: s.passed },
    { key: s.verdict, count: s.crossedOut },
    { key: 'undecided' as const, count: s.undecided },
  ].filter((x) => x.count > 0);
}

/**
 * The funnel of the seven-step method: one stacked bar per cross-out step,
 * always in step order, split into passed, crossed out and undecided. Only
 * numbers and fixed words are drawn; user text stays in the page around it.
 */
export function funnelChart(data: ReportData): RenderedChart {
  const steps = [...data.funnel].sort((a, b) => a.step - b.step);
  const most = Math.max(1, ...steps.map((s) => s.passed + s.crossedOut + s.undecided));
  const ticks = niceTicks(0, most, 12, { integers: true });
  const last = ticks[ticks.length - 1]!;
  if (last < most) ticks.push(last + (ticks[1] ?? 1) - (ticks[0] ?? 0));
  const x = linearScale([0, ticks[ticks.length - 1]!], [LEFT, WIDTH - RIGHT]);
  const plotBottom = TOP + steps.length * BAND;

  const bars: string[] = [];
  steps.forEach((s, i) => {
    const y = TOP + i * BAND + (BAND - BAR) / 2;
    bars.push(`<g class="bar" data-step="${s.step}">`, text(LEFT - 8, y + BAR / 2, `Step ${s.step}`, { anchor: 'end', baseline: 'middle', weight: 'bold' }));
    let start = 0;
    for (const seg of segments(s)) {
      const o = outcome(seg.key);
      const x0 = x(start);
      const w = x(start + seg.count) - x0;
      const label = String(seg.count);
      const fits = textWidth(label) + 4 <= w;
      bars.push(
        `<g class="segment" data-outcome="${o.key}"><title>${esc(`Step ${s.step}: ${seg.count} ${o.label}`)}</title>`,
        rect(x0, y, w, BAR, o.colour, { stroke: '#ffffff', 'stroke-width': 1 }),
        fits ? text(x0 + w / 2, y + BAR / 2, label, { anchor: 'middle', baseline: 'middle', weight: 'bold', fill: labelColourOn(o.colour) }) : '',
        '</g>',
      );
      start += seg.count;
    }
    bars.push('</g>');
  });

  const axis = axisBottom({ scale: x, ticks, at: plotBottom, gridTo: TOP, title: 'processes reaching the step' });
  const items: LegendItem[] = FUNNEL_OUTCOMES.map((o) => ({ label: o.label, colour: o.colour }));
  const legend = legendRow(items, 8, plotBottom + 50, WIDTH - 8 - RIGHT);
  const described = steps.map((s) => `step ${s.step} crossed out ${s.crossedOut} (${s.verdict}) and left ${s.undecided} undecided, passing ${s.passed}`);
  return chartSvg({
    id: 'funnel-chart',
    title: `The funnel: ${data.total} processes in, ${data.counts.outsource} on the shortlist`,
    description: `Stacked bars, one per step of the method. ${described.join('; ')}.`,
    width: WIDTH,
    height: plotBottom + 50 + legend.height + 8,
    // Grid first, bars over it.
    body: axis + bars.join('') + legend.svg,
  });
}
