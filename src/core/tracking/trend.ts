import type { Better } from '../metrics/direction.js';
import { monthLabel } from './period.js';
import { slack } from './numbers.js';

export interface TrendPoint {
  /** Position on the scale of months (see period.ts). */
  x: number;
  y: number;
}

export interface Trend {
  /** Change per month, least squares over the window; 0 when the noise could explain it. */
  slope: number;
  /** How many points the slope was fitted on. */
  points: number;
  direction: 'improving' | 'worsening' | 'flat';
  /** If the trend continues: when it would cross the target, within the horizon. */
  crossing: { period: string; months: number; to: 'miss' | 'meet' } | null;
}

/** Least squares slope, intercept and the standard error of the slope; undefined when every x is the same. */
export function fitLine(points: readonly TrendPoint[]): { slope: number; intercept: number; slopeError: number } | undefined {
  const count = points.length;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / count;
  const my = sy / count;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  if (count < 3) return { slope, intercept, slopeError: 0 };
  let residuals = 0;
  for (const p of points) residuals += (p.y - intercept - slope * p.x) ** 2;
  return { slope, intercept, slopeError: Math.sqrt(residuals / (count - 2) / sxx) };
}

/**
 * The trend of the last `window` points and, if it continues, the month in
 * which the fitted line crosses the target: to a miss when the latest value
 * meets the target and the trend worsens, to a meet when it misses and the
 * trend improves. Null with fewer than two points. A slope within two
 * standard errors of zero counts as flat.
 */
export function trendOf(points: readonly TrendPoint[], target: number | null, better: Better, window: number, horizonMonths: number): Trend | null {
  const recent = points.slice(-window);
  const last = recent.at(-1);
  if (recent.length < 2 || !last) return null;
  const line = fitLine(recent);
  if (!line) return null;
  const scale = Math.max(...recent.map((p) => Math.abs(p.y)), Math.abs(target ?? 0));
  // A slope the noise could explain (under two standard errors) is no trend: noisy months do not raise alarms.
  const flat = Math.abs(line.slope) <= slack(scale) || Math.abs(line.slope) < 2 * line.slopeError;
  const slope = flat ? 0 : line.slope;
  const improving = better === 'lower' ? slope < 0 : slope > 0;
  const direction = flat ? 'flat' : improving ? 'improving' : 'worsening';
  const trend: Trend = { slope, points: recent.length, direction, crossing: null };
  if (flat || target === null) return trend;
  const meets = better === 'lower' ? last.y <= target : last.y >= target;
  if (meets === improving) return trend;
  const fitted = line.intercept + slope * last.x;
  const ahead = Math.max(1, Math.round((target - fitted) / slope));
  if (ahead > horizonMonths) return trend;
  trend.crossing = { period: monthLabel(last.x + ahead), months: ahead, to: meets ? 'miss' : 'meet' };
  return trend;
}
