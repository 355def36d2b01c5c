import type { TrackResult } from '../../core/tracking/track.js';

/**
 * The documented shape first (process, metric, status, latest, baseline,
 * target, better, reason; summary), then what tracking adds: unit, trend
 * and the next action.
 */
export function renderTrackJson(result: TrackResult): string {
  const slas = result.slas.map((s) => ({
    process: s.process,
    metric: s.metric,
    status: s.status,
    latest: s.latest,
    baseline: s.baseline,
    target: s.target,
    better: s.better,
    reason: s.reason,
    unit: s.unit,
    vendor: s.vendor,
    trend: s.trend,
    action: s.action,
  }));
  return `${JSON.stringify({ version: 1, slas, summary: result.summary }, null, 2)}\n`;
}
