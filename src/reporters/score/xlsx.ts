import { writeWorkbook, type SheetCell } from '../../core/workbook/write.js';
import type { ScoreReport } from './types.js';

const HEADER = ['id', 'name', 'function', 'verdict', 'rank', 'score', 'confidence', 'step', 'gates', 'reasons', 'missing', 'engagement', 'location'];

/**
 * The scored inventory as a one-sheet workbook, the columns of the CSV output
 * plus how to buy and where to do each shortlisted process. Numbers are
 * numbers, so the sheet sorts and filters; text can never run as a formula.
 */
export function renderXlsx(report: ScoreReport): Uint8Array {
  const rows: SheetCell[][] = [HEADER];
  for (const e of report.assessment.evaluations) {
    const out = e.verdict === 'outsource';
    rows.push([
      e.id,
      e.name,
      e.function,
      e.verdict,
      e.rank,
      e.score,
      e.confidence,
      out ? '' : (e.reasons[0]?.step ?? ''),
      out ? '' : e.reasons.map((r) => r.gate).join(' '),
      e.reasons.map((r) => r.message).join('; '),
      e.missing.join(' '),
      e.engagement?.model ?? '',
      e.location?.recommended ?? '',
    ]);
  }
  return writeWorkbook(report.organisation ?? 'Shortlist', rows);
}
