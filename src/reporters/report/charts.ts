import type { ReportData } from '../../core/report/model.js';
import { funnelChart } from './funnel-chart.js';
import { matrixChart } from './matrix-chart.js';
import type { RenderedChart } from './svg.js';

/** The report's charts, drawn as inline SVG: the funnel always, the priority matrix when there is a shortlist. */
export function reportCharts(data: ReportData): RenderedChart[] {
  return data.matrix.length > 0 ? [funnelChart(data), matrixChart(data)] : [funnelChart(data)];
}
