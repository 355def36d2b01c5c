import type { SensitiveEvaluation as Evaluation } from '../../core/sensitivity/types.js';
import { describeDisagreement, whatWouldChange } from '../../core/sensitivity/words.js';
import { markdownCell } from '../text-safety.js';
import { CROSSED_OUT, VERDICT_HEADINGS, possibleLine, priorityWhy, stopReason, summaryLine } from './summary.js';
import type { ScoreReport } from './types.js';
import { breakEvenCell, moneyShown, paybackCell, savingCell } from '../money/columns.js';

export function renderMarkdown(report: ScoreReport): string {
  const { evaluations, shortlist } = report.assessment;
  const out: string[] = [];
  out.push(`# Outsourcing shortlist${report.organisation ? `: ${markdownCell(report.organisation)}` : ''}`, '', summaryLine(evaluations), '');
  // Rater disagreements first, then a "what would change it" column with --sensitivity.
  const disputed = evaluations.filter((e) => e.disagreements);
  if (disputed.length > 0) {
    out.push('## Discuss before deciding: raters disagree', '', '| Process | Id | Answers |', '|---|---|---|');
    for (const e of disputed)
      out.push(`| ${markdownCell(e.name)} | \`${e.id}\` | ${markdownCell((e.disagreements ?? []).map(describeDisagreement).join('; '))} |`);
    out.push('');
  }
  const sensitive = evaluations.some((e) => e.flips !== undefined);
  const head = sensitive ? ' What would change it |' : '';
  const rule = sensitive ? '---|' : '';
  const cell = (e: Evaluation) => (sensitive ? ` ${markdownCell(whatWouldChange(e).join('; '))} |` : '');
  out.push('## Shortlist (step 6)', '');
  if (shortlist.length === 0) out.push('No process passed steps 3 to 5.', '');
  else {
    const money = moneyShown(evaluations);
    const moneyHead = money ? ' Saving / year | Payback |' : '';
    const moneyRule = money ? '---:|---:|' : '';
    const moneyCells = (e: (typeof shortlist)[number]) =>
      money ? ` ${markdownCell(savingCell(e))} | ${[paybackCell(e), breakEvenCell(e)].filter(Boolean).map(markdownCell).join('; ')} |` : '';
    out.push(`| Rank | Process | Id | Score | Confidence |${moneyHead} Why it ranks here |${head}`, `|---:|---|---|---:|---:|${moneyRule}---|${rule}`);
    for (const e of shortlist) {
      out.push(
        `| ${e.rank} | ${markdownCell(e.name)} | \`${e.id}\` | ${e.score?.toFixed(1)} | ${e.confidence} |${moneyCells(e)} ${markdownCell(priorityWhy(e).replace(/\n/g, '; '))} |${cell(e)}`,
      );
    }
    out.push('');
  }
  for (const verdict of CROSSED_OUT) {
    const group = evaluations.filter((e) => e.verdict === verdict);
    if (group.length === 0) continue;
    out.push(`## ${markdownCell(VERDICT_HEADINGS[verdict](report.method))} (${group.length})`, '');
    out.push(
      verdict === 'incomplete' ? `| Process | Id | Unanswered gate questions |${head}` : `| Process | Id | Gates | Why |${head}`,
      verdict === 'incomplete' ? `|---|---|---|${rule}` : `|---|---|---|---|${rule}`,
    );
    for (const e of group) {
      const gates = e.reasons.map((r) => `\`${r.gate}\``).join(', ');
      const open = possibleLine(e);
      if (verdict === 'incomplete')
        out.push(
          `| ${markdownCell(e.name)} | \`${e.id}\` | ${(e.could_change.length > 0 ? e.could_change : e.reasons.map((r) => r.criterion ?? r.gate)).map((c) => `\`${c}\``).join(', ')} (${markdownCell(open)}) |${cell(e)}`,
        );
      else out.push(`| ${markdownCell(e.name)} | \`${e.id}\` | ${gates} | ${markdownCell(open ? `${stopReason(e)}; ${open}` : stopReason(e))} |${cell(e)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
