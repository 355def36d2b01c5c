import type { SensitiveEvaluation as Evaluation } from '../../core/sensitivity/types.js';
import type { ScoreReport } from './types.js';
import { businessCaseJson } from '../money/json.js';

/** The stable, published shape (`score-output.schema.json`); fields may be added, never changed. */
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
  // Method v2: what the unknowns still allow; completeness is confidence under its v2 name.
  out.completeness = e.confidence;
  out.possible_verdicts = e.possible_verdicts;
  out.score_range = e.score_range;
  out.could_change = e.could_change;
  out.marginal = e.marginal ?? false;
  // How to buy it and where to do it; null unless a candidate.
  out.engagement = e.engagement ?? null;
  out.location = e.location ?? null;
  // Present only when asked for (--sensitivity) or when raters disagree.
  if (e.flips !== undefined) out.flips = e.flips;
  if (e.rank_stability !== undefined) out.rank_stability = e.rank_stability;
  if (e.disagreements !== undefined) out.disagreements = e.disagreements;
  const money = businessCaseJson(e);
  if (money) out.business_case = money;
  if (e.money_gap !== undefined) out.business_case_missing = e.money_gap;
  return out;
}

/**
 * One process per line: valid JSON, readable in a diff, and cheap for
 * 100,000 processes. Yielded in chunks so a large result is written as it is
 * made instead of being held twice in memory.
 */
export function* renderJsonChunks(report: ScoreReport): Generator<string> {
  yield* renderJsonStream(report.assessment.evaluations);
}

/** The same output from evaluations made as they are written (`streamEvaluations`). */
export function* renderJsonStream(evaluations: Iterable<Evaluation>): Generator<string> {
  let chunk = '';
  let previous: Evaluation | undefined;
  for (const e of evaluations) {
    chunk += previous === undefined ? `{ "version": ${SCORE_JSON_VERSION}, "processes": [\n` : `${JSON.stringify(toJsonProcess(previous))},\n`;
    previous = e;
    if (chunk.length > CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (previous === undefined) {
    yield `{ "version": ${SCORE_JSON_VERSION}, "processes": [] }\n`;
    return;
  }
  yield `${chunk}${JSON.stringify(toJsonProcess(previous))}\n] }\n`;
}

export const renderJson = (report: ScoreReport): string => [...renderJsonChunks(report)].join('');

/** The version of this output's shape: bumped only if a field changes meaning; fields are added freely. */
export const SCORE_JSON_VERSION = 1;

/** About 1 MB per write. */
export const CHUNK_CHARS = 1 << 20;
