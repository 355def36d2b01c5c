import type { Evaluation } from '../../core/engine/evaluate.js';
import type { ScoreReport } from './types.js';

/** The stable shape of SPEC (`score-output.schema.json`); fields may be added, never changed. */
export function toJsonProcess(e: Evaluation): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: e.id,
    name: e.name,
    verdict: e.verdict,
    score: e.score,
    rank: e.rank,
    confidence: e.confidence,
    reasons: e.reasons,
    missing: e.missing,
  };
  if (e.function !== undefined) out.function = e.function;
  return out;
}

export function renderJson(report: ScoreReport): string {
  return `${JSON.stringify({ processes: report.assessment.evaluations.map(toJsonProcess) }, null, 2)}\n`;
}
