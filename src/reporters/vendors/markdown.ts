import type { Scorecard } from '../../core/vendors/score.js';
import { markdownCell } from '../text-safety.js';
import { WEIGHT_SOURCE, strengths, weightsLine } from './summary.js';

export function renderVendorsMarkdown(card: Scorecard): string {
  const out = [`# Vendor scorecard${card.organisation ? `: ${markdownCell(card.organisation)}` : ''}`, ''];
  out.push(`${card.vendors.length} vendors, best first. ${markdownCell(`${WEIGHT_SOURCE[card.weightSource]}: ${weightsLine(card)}`)}.`, '');
  out.push('| Rank | Vendor | Id | Score | Confidence | Where | Scope | Strongest | Weakest | Flags |', '|---:|---|---|---:|---:|---|---|---|---|---|');
  for (const v of card.vendors) {
    const { strongest, weakest } = strengths(v);
    const scope = v.scope.length > 0 ? v.scope.map(markdownCell).join(', ') : '*(none)*';
    out.push(
      `| ${v.rank} | ${markdownCell(v.name)} | \`${v.id}\` | ${v.score.toFixed(1)} | ${v.confidence} | ${v.location ?? '-'} | ${scope} | ${markdownCell(strongest)} | ${markdownCell(weakest)} | ${v.flags.join(', ')} |`,
    );
  }
  if (card.findings.length > 0) {
    out.push('', '## Findings', '', '| Severity | Rule | Where | Message |', '|---|---|---|---|');
    for (const f of card.findings) {
      const where = f.line === undefined ? f.file : `${f.file}:${f.line}:${f.column ?? 1}`;
      out.push(`| ${f.severity} | \`${f.rule}\` | ${markdownCell(where)} | ${markdownCell(f.message)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
