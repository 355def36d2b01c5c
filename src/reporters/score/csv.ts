import { csvCell } from '../text-safety.js';
import type { ScoreReport } from './types.js';
import type { Evaluation } from '../../core/engine/evaluate.js';
import { CHUNK_CHARS } from './json.js';
import { MONEY_CSV_HEADER, moneyCsvCells, moneyShown } from '../money/columns.js';

// Method v2 columns come last, so readers of the first eleven keep working.
const HEADER = [
  'id',
  'name',
  'function',
  'verdict',
  'rank',
  'score',
  'confidence',
  'step',
  'gates',
  'reasons',
  'missing',
  'marginal',
  'possible_verdicts',
  'could_change',
  'score_low',
  'score_high',
];

/** One row per process, in input order; user text is neutralised against formula injection. Yielded in chunks, like JSON. */
export function* renderCsvChunks(report: ScoreReport): Generator<string> {
  yield* renderCsvStream(report.assessment.evaluations, moneyShown(report.assessment.evaluations));
}

/** The same output from evaluations made as they are written (`streamEvaluations`). */
export function* renderCsvStream(evaluations: Iterable<Evaluation>, money: boolean): Generator<string> {
  let chunk = `${[...HEADER, ...(money ? MONEY_CSV_HEADER : [])].join(',')}\n`;
  for (const e of evaluations) {
    // A split names the step-4 gates whose accountable part stays in-house.
    const stops = e.reasons.filter((r) => r.step !== 6);
    const step = e.verdict === 'outsource' ? '' : String(stops[0]?.step ?? '');
    const gates = e.verdict === 'outsource' ? '' : stops.map((r) => r.gate).join(' ');
    chunk += `${[
      csvCell(e.id),
      csvCell(e.name),
      csvCell(e.function),
      e.verdict,
      csvCell(e.rank),
      csvCell(e.score),
      csvCell(e.confidence),
      step,
      gates,
      csvCell(e.reasons.map((r) => r.message).join('; ')),
      e.missing.join(' '),
      e.marginal ? 'true' : 'false',
      e.possible_verdicts.join(' '),
      e.could_change.join(' '),
      csvCell(e.score_range?.[0] ?? null),
      csvCell(e.score_range?.[1] ?? null),
      ...(money ? moneyCsvCells(e) : []),
    ].join(',')}\n`;
    if (chunk.length > CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export const renderCsv = (report: ScoreReport): string => [...renderCsvChunks(report)].join('');
