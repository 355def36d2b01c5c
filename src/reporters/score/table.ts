import type { Reason } from '../../core/engine/verdict.js';
import type { Evaluation } from '../../core/engine/evaluate.js';
import { whatWouldChange } from '../../core/sensitivity/words.js';
import { sanitize } from '../../util/sanitize.js';
import { styler } from '../style.js';
import { fittedTable } from '../table-layout.js';
import { CROSSED_OUT, VERDICT_HEADINGS, priorityWhy, stopReason, summaryLine } from './summary.js';
import type { RenderOptions, ScoreReport } from './types.js';

/** The human view: the shortlist first, then every crossed-out process grouped by the step that stopped it. */
export function renderTable(report: ScoreReport, options: RenderOptions): string {
  const c = styler(options.color);
  const width = Math.max(60, Math.min(options.width, 160));
  const { evaluations, shortlist } = report.assessment;
  const out: string[] = [];
  const title = report.organisation ? `Outsourcing shortlist: ${sanitize(report.organisation)}` : 'Outsourcing shortlist';
  out.push(c.bold(title), summaryLine(evaluations), '');
  const disputed = evaluations.filter((e) => e.disagreements).length;
  if (disputed > 0) out.splice(-1, 0, c.yellow(`${disputed} ${disputed === 1 ? 'process has' : 'processes have'} raters who disagree: discuss before deciding (--explain ID lists them)`));
  // Issue 6: with --sensitivity every table gains a "what would change it" column.
  const sensitive = evaluations.some((e) => e.flips !== undefined);
  const change = sensitive ? ['What would change it'] : [];
  const changeWidth = sensitive ? [null] : [];
  const changeWeight = sensitive ? [3] : [];
  const changeCell = (e: Evaluation) => (sensitive ? [whatWouldChange(e).join('\n')] : []);
  const processCell = (e: Evaluation) => `${sanitize(e.name)}\n${c.dim(e.id)}${e.disagreements ? `\n${c.yellow(`raters disagree: ${e.disagreements.map((d) => d.criterion).join(', ')}`)}` : ''}`;

  out.push(c.bold(`Shortlist - step 6, best first (${shortlist.length})`));
  if (shortlist.length === 0) out.push('  No process passed steps 3 to 5.');
  else {
    const table = fittedTable(['Rank', 'Process', 'Score', 'Conf.', 'How / where', 'Why it ranks here', ...change], [6, null, 7, 7, 19, null, ...changeWidth], width, [0, 2, 0, 0, 0, 3, ...changeWeight]);
    for (const e of shortlist) {
      const confidence = e.confidence === 1 ? '1' : c.yellow(`${e.confidence?.toFixed(2)}`);
      table.push([String(e.rank), processCell(e), c.green(e.score?.toFixed(1) ?? ''), confidence, handover(e), priorityWhy(e), ...changeCell(e)]);
    }
    out.push(table.toString());
  }

  for (const verdict of CROSSED_OUT) {
    const group = evaluations.filter((e) => e.verdict === verdict);
    if (group.length === 0) continue;
    out.push('', c.bold(`${VERDICT_HEADINGS[verdict](report.method)} (${group.length})`));
    const table = fittedTable(['Process', verdict === 'incomplete' ? 'Unanswered' : 'Gate', 'Why', ...change], [null, null, null, ...changeWidth], width, [2, 1, 3, ...changeWeight]);
    for (const e of group) {
      const gates = verdict === 'incomplete' ? unansweredCriteria(e.reasons) : e.reasons.map((r) => r.gate).join('\n');
      const why = verdict === 'incomplete' ? 'answer these gate questions to get a verdict' : stopReason(e);
      table.push([processCell(e), gates, why, ...changeCell(e)]);
    }
    out.push(table.toString());
  }
  return `${out.join('\n')}\n`;
}

const unansweredCriteria = (reasons: readonly Reason[]) => reasons.map((r) => r.criterion ?? r.gate).join('\n');

/** Engagement model and seats (000), then location (002); `--explain` says why. */
function handover(e: Evaluation): string {
  const seats = e.engagement?.seats;
  const lines = [e.engagement?.model ?? 'no volume given'];
  if (seats) lines.push(`${seats} ${seats === 1 ? 'seat' : 'seats'}`);
  lines.push(e.location?.recommended ?? 'where: unanswered');
  return lines.join('\n');
}
