import type { WeightsReport } from './types.js';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** `{ weights, lambda_max, consistency_index, consistency_ratio, most_inconsistent, estimated, ... }` (docs/weights.md). */
export function renderWeightsJson(report: WeightsReport): string {
  const { result } = report;
  const weights: Record<string, number> = {};
  for (const c of result.criteria) weights[c] = round(result.weights[c] ?? 0);
  const out = {
    weights,
    lambda_max: round(result.lambda_max),
    consistency_index: round(result.consistency_index),
    consistency_ratio: round(result.consistency_ratio),
    random_index: result.random_index,
    most_inconsistent: result.most_inconsistent,
    estimated: result.estimated.map((e) => ({ pair: e.pair, value: round(e.value) })),
    warnings: report.warnings,
    source: report.source,
    written: report.written ?? null,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
