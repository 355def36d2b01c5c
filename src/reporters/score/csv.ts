import { csvCell } from '../text-safety.js';
import type { ScoreReport } from './types.js';

const HEADER = ['id', 'name', 'function', 'verdict', 'rank', 'score', 'confidence', 'step', 'gates', 'reasons', 'missing'];

/** One row per process, in input order; user text is neutralised against formula injection. */
export function renderCsv(report: ScoreReport): string {
  const lines = [HEADER.join(',')];
  for (const e of report.assessment.evaluations) {
    const step = e.verdict === 'outsource' ? '' : String(e.reasons[0]?.step ?? '');
    const gates = e.verdict === 'outsource' ? '' : e.reasons.map((r) => r.gate).join(' ');
    lines.push(
      [
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
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
