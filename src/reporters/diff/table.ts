import { describeStanding } from '../../core/diff/diff.js';
import { sanitize } from '../../util/sanitize.js';
import { styler } from '../style.js';
import { fittedTable } from '../table-layout.js';
import { describeRuleChange, diffSummary } from './summary.js';
import type { DiffReport } from './types.js';
import { moneyChangeLines } from './money.js';

export function renderDiffTable(report: DiffReport, options: { color: boolean; width: number }): string {
  const c = styler(options.color);
  const { result } = report;
  const out = [
    c.bold(`Changes from ${sanitize(report.old.file)} (${sanitize(report.old.rules)}) to ${sanitize(report.new.file)} (${sanitize(report.new.rules)})`),
    diffSummary(result),
  ];
  if (result.rules.length > 0) {
    out.push('', c.bold('Rules changed'));
    for (const r of result.rules) out.push(`  ${describeRuleChange(r)}`);
  }
  const money = moneyChangeLines(result.money);
  if (money.length > 0) out.push('', c.bold(money[0] ?? ''), ...money.slice(1));
  if (result.changes.length === 0) {
    out.push('', 'No process changed verdict or rank.');
    return `${out.join('\n')}\n`;
  }
  const table = fittedTable(
    ['Process', 'Change', 'Before', 'After', 'Why'],
    [null, 9, 17, 17, null],
    Math.max(60, Math.min(options.width, 160)),
    [2, 0, 0, 0, 3],
  );
  for (const ch of result.changes) {
    const mark = ch.change === 'verdict' ? c.yellow(ch.change) : ch.change;
    table.push([`${sanitize(ch.name)}\n${c.dim(ch.id)}`, mark, describeStanding(ch.old), describeStanding(ch.new), ch.why.join('\n')]);
  }
  out.push('', table.toString());
  return `${out.join('\n')}\n`;
}
