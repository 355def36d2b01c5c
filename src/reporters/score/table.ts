import type { Reason } from '../../core/engine/verdict.js';
import type { SensitiveEvaluation as Evaluation } from '../../core/sensitivity/types.js';
import { whatWouldChange } from '../../core/sensitivity/words.js';
import { sanitize } from '../../util/sanitize.js';
import { styler } from '../style.js';
import { wrapText } from '../../util/wrap.js';
import { fittedTable, maxOf } from '../table-layout.js';
import { CROSSED_OUT, VERDICT_HEADINGS, possibleLine, priorityWhy, stopReason, summaryLine } from './summary.js';
import type { RenderOptions, ScoreReport } from './types.js';
import { breakEvenCell, moneyShown, paybackCell, savingCell } from '../money/columns.js';

/** The human view: the shortlist first, then every crossed-out process grouped by the step that stopped it. */
export function renderTable(report: ScoreReport, options: RenderOptions): string {
  const c = styler(options.color);
  // One column short of the terminal: a line that fills the last column makes some terminals wrap.
  const width = Math.max(60, Math.min(options.width - 1, 160));
  const { evaluations, shortlist } = report.assessment;
  const out: string[] = [];
  const title = report.organisation ? `Outsourcing shortlist: ${sanitize(report.organisation)}` : 'Outsourcing shortlist';
  out.push(c.bold(title), wrapText(summaryLine(evaluations), width), '');
  const disputed = evaluations.filter((e) => e.disagreements).length;
  if (disputed > 0)
    out.splice(
      -1,
      0,
      c.yellow(`${disputed} ${disputed === 1 ? 'process has' : 'processes have'} raters who disagree: discuss before deciding (--explain ID lists them)`),
    );
  // With --sensitivity every table gains a "what would change it" column.
  const sensitive = evaluations.some((e) => e.flips !== undefined);
  const change = sensitive ? ['What would change it'] : [];
  const changeWidth = sensitive ? [null] : [];
  const changeWeight = sensitive ? [3] : [];
  const changeCell = (e: Evaluation) => (sensitive ? [whatWouldChange(e).join('\n')] : []);
  const processCell = (e: Evaluation) =>
    `${sanitize(e.name)}\n${c.dim(e.id)}${e.disagreements ? `\n${c.yellow(`raters disagree: ${e.disagreements.map((d) => d.criterion).join(', ')}`)}` : ''}`;

  out.push(c.bold(`Shortlist - step 6, best first (${shortlist.length})`));
  if (shortlist.length === 0) out.push('  No process passed steps 3 to 5.');
  else {
    // How / where stays with --sensitivity too: it is the column a reader acts on.
    const handoverShown = true;
    const how = handoverShown ? ['How / where'] : [];
    // With money: one column holds the annual saving over the payback.
    // On a narrow terminal the reasons need the room (and with --sensitivity, what would change each verdict): money stays in --explain and the other formats.
    const moneyFits = width >= (sensitive ? 130 : 95);
    const money = moneyShown(evaluations) && moneyFits ? ['Saving/yr\npayback'] : [];
    if (moneyShown(evaluations) && !moneyFits)
      out.push(c.dim('  (saving and payback left out to fit the terminal: see --explain ID, --format markdown, or a wider terminal)'));
    const moneyWidth =
      money.length > 0
        ? [
            maxOf(
              shortlist.map((e) => Math.max(savingCell(e).length, paybackCell(e).length) + 2),
              13,
            ),
          ]
        : [];
    const table = fittedTable(
      ['#', 'Process', 'Score', ...how, ...money, 'Why it ranks here', ...change],
      [5, processWidth(shortlist), 8, ...(handoverShown ? [18] : []), ...moneyWidth, null, ...changeWidth],
      width,
      [0, 0, 0, ...(handoverShown ? [0] : []), ...money.map(() => 0), 1, ...changeWeight],
    );
    for (const e of shortlist) {
      // Confidence below 1 means some step-6 answers are missing (and counted at their worst).
      const confidence = e.confidence === 1 ? '' : `\n${c.yellow(`conf ${e.confidence?.toFixed(2)}`)}`;
      table.push([
        String(e.rank),
        processCell(e),
        c.green(e.score?.toFixed(1) ?? '') + confidence,
        ...(handoverShown ? [handover(e)] : []),
        ...money.map(() => [savingCell(e), paybackCell(e), breakEvenCell(e)].filter(Boolean).join('\n')),
        priorityWhy(e),
        ...changeCell(e),
      ]);
    }
    out.push(table.toString());
  }

  for (const verdict of CROSSED_OUT) {
    const group = evaluations.filter((e) => e.verdict === verdict);
    if (group.length === 0) continue;
    out.push('', c.bold(`${VERDICT_HEADINGS[verdict](report.method)} (${group.length})`));
    // Beyond a screenful the table shows the first rows and says how many more: --format csv or json lists them all.
    const shown = group.length > SCREENFUL ? group.slice(0, SCREENFUL) : group;
    const labels = shown.map((e) =>
      verdict === 'incomplete'
        ? e.could_change.length > 0
          ? e.could_change.join('\n')
          : unansweredCriteria(e.reasons)
        : e.reasons.map((r) => r.gate).join('\n'),
    );
    const labelWidth = Math.min(
      26,
      maxOf(
        labels.flatMap((l) => l.split('\n').map((x) => x.length + 2)),
        8,
      ),
    );
    const table = fittedTable(
      ['Process', verdict === 'incomplete' ? 'Unanswered' : 'Gate', 'Why', ...change],
      [processWidth(shown), labelWidth, null, ...changeWidth],
      width,
      [0, 0, 3, ...changeWeight],
    );
    for (const [i, e] of shown.entries()) {
      const gates = labels[i] ?? '';
      const open = possibleLine(e);
      const why =
        verdict === 'incomplete' ? `answer these gate questions to get a verdict; ${open}` : open ? `${stopReason(e)}\n${c.dim(open)}` : stopReason(e);
      table.push([processCell(e), gates, why, ...changeCell(e)]);
    }
    out.push(table.toString());
    if (shown.length < group.length)
      out.push(c.dim(`... and ${(group.length - shown.length).toLocaleString('en')} more; --format csv (or json) lists every process`));
  }
  return `${out.join('\n')}\n`;
}

const unansweredCriteria = (reasons: readonly Reason[]) => reasons.map((r) => r.criterion ?? r.gate).join('\n');

/** Ids are never cut: the column is as wide as the longest id (within reason), names wrap. */
const processWidth = (group: readonly Evaluation[]) =>
  Math.min(
    26,
    maxOf(
      group.map((e) => e.id.length + 2),
      16,
    ),
  );

/** Rows of a crossed-out group shown before the table is summarised. */
const SCREENFUL = 20;

/** Engagement model and seats, then location; "?" where the answers do not decide it yet, and `--explain` says why. */
function handover(e: Evaluation): string {
  const seats = e.engagement?.seats;
  const lines = [e.engagement?.model ?? 'engagement ?'];
  if (seats) lines.push(`${seats} ${seats === 1 ? 'seat' : 'seats'}`);
  lines.push(e.location?.recommended ?? 'location ?');
  return lines.join('\n');
}
