import { describeStanding } from '../../core/diff/diff.js';
import { markdownCell } from '../text-safety.js';
import { describeRuleChange, diffSummary } from './summary.js';
import type { DiffReport } from './types.js';
import { moneyChangeLines } from './money.js';

export function renderDiffMarkdown(report: DiffReport): string {
  const { result } = report;
  const out = [
    `# Changes: ${markdownCell(report.old.file)} -> ${markdownCell(report.new.file)}`,
    '',
    `Rules: ${markdownCell(report.old.rules)} -> ${markdownCell(report.new.rules)}. ${diffSummary(result)}.`,
    '',
  ];
  if (result.rules.length > 0) {
    out.push('## Rules changed', '');
    for (const r of result.rules) out.push(`- ${markdownCell(describeRuleChange(r))}`);
    out.push('');
  }
  const money = moneyChangeLines(result.money);
  if (money.length > 0) out.push(`## ${markdownCell(money[0] ?? '')}`, '', ...money.slice(1).map((l) => `- ${markdownCell(l.trim())}`), '');
  out.push('## Processes', '');
  if (result.changes.length === 0) out.push('No process changed verdict or rank.');
  else {
    out.push('| Process | Id | Change | Before | After | Why |', '|---|---|---|---|---|---|');
    for (const ch of result.changes) {
      out.push(
        `| ${markdownCell(ch.name)} | \`${ch.id}\` | ${ch.change} | ${describeStanding(ch.old)} | ${describeStanding(ch.new)} | ${markdownCell(ch.why.join('; '))} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
