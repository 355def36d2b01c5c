import { markdownCell } from '../text-safety.js';
import { CROSSED_OUT, VERDICT_HEADINGS, priorityWhy, stopReason, summaryLine } from './summary.js';
import type { ScoreReport } from './types.js';

export function renderMarkdown(report: ScoreReport): string {
  const { evaluations, shortlist } = report.assessment;
  const out: string[] = [];
  out.push(`# Outsourcing shortlist${report.organisation ? `: ${markdownCell(report.organisation)}` : ''}`, '', summaryLine(evaluations), '');
  out.push('## Shortlist (step 6)', '');
  if (shortlist.length === 0) out.push('No process passed steps 3 to 5.', '');
  else {
    out.push('| Rank | Process | Id | Score | Confidence | Why it ranks here |', '|---:|---|---|---:|---:|---|');
    for (const e of shortlist) {
      out.push(`| ${e.rank} | ${markdownCell(e.name)} | \`${e.id}\` | ${e.score?.toFixed(1)} | ${e.confidence} | ${markdownCell(priorityWhy(e))} |`);
    }
    out.push('');
  }
  for (const verdict of CROSSED_OUT) {
    const group = evaluations.filter((e) => e.verdict === verdict);
    if (group.length === 0) continue;
    out.push(`## ${markdownCell(VERDICT_HEADINGS[verdict](report.method))} (${group.length})`, '');
    out.push(verdict === 'incomplete' ? '| Process | Id | Unanswered gate questions |' : '| Process | Id | Gates | Why |', verdict === 'incomplete' ? '|---|---|---|' : '|---|---|---|---|');
    for (const e of group) {
      const gates = e.reasons.map((r) => `\`${r.gate}\``).join(', ');
      if (verdict === 'incomplete') out.push(`| ${markdownCell(e.name)} | \`${e.id}\` | ${e.reasons.map((r) => `\`${r.criterion ?? r.gate}\``).join(', ')} |`);
      else out.push(`| ${markdownCell(e.name)} | \`${e.id}\` | ${gates} | ${markdownCell(stopReason(e))} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
