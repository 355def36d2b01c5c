import type { TrackedSla } from '../../core/tracking/track.js';
import type { Trend } from '../../core/tracking/trend.js';
import { showNumber } from '../../core/tracking/numbers.js';

const months = (n: number) => (n === 1 ? '~1 month' : `~${n} months`);

/** "on target, crossing in ~3 months": where the SLA stands and where its trend leads. */
export function trendWords(sla: Pick<TrackedSla, 'status' | 'trend' | 'latest' | 'target' | 'better'>): string {
  const trend: Trend | null = sla.trend;
  if (!sla.latest) return 'no data';
  const meets = sla.target !== null && (sla.better === 'lower' ? sla.latest.value <= sla.target : sla.latest.value >= sla.target);
  const where = sla.target === null ? 'no target' : meets ? 'on target' : 'off target';
  if (!trend) return `${where}, one value so far`;
  if (trend.crossing)
    return trend.crossing.to === 'miss'
      ? `${where}, crossing in ${months(trend.crossing.months)}`
      : `${where}, reaching it in ${months(trend.crossing.months)}`;
  return `${where}, ${trend.direction === 'flat' ? 'steady' : trend.direction}`;
}

/** The slope as a person reads it: "+0.5/month". */
export const slopeWords = (trend: Trend | null): string => (trend === null ? '-' : `${trend.slope > 0 ? '+' : ''}${showNumber(trend.slope)}/month`);
