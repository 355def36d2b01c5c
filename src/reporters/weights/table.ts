import { formatRatio } from '../../core/ahp/analyse.js';
import { styler } from '../style.js';
import { fittedTable } from '../table-layout.js';
import type { WeightsReport } from './types.js';

/** The weights beside the method's current ones, then consistency, estimates and what to revisit. */
export function renderWeightsTable(report: WeightsReport, options: { color: boolean; width: number }): string {
  const c = styler(options.color);
  const { result, method } = report;
  const out: string[] = [c.bold(`Step-6 weights from pairwise comparisons (AHP, Saaty's 1-9 scale): ${report.source}`), ''];
  const table = fittedTable(['Criterion', 'Effect', 'AHP weight', 'Now (share)'], [null, 9, 12, 13], Math.min(options.width, 72), [1, 0, 0, 0]);
  const current = new Map(method.priority.map((p) => [p.criterion, p]));
  for (const id of result.criteria) {
    const now = current.get(id);
    const share = now && method.totalWeight > 0 ? (now.weight / method.totalWeight).toFixed(3) : '-';
    table.push([id, now?.effect ?? '-', (result.weights[id] ?? 0).toFixed(3), share]);
  }
  out.push(table.toString(), '');
  const cr = result.consistency_ratio;
  const verdict =
    result.criteria.length <= 2 ? 'two criteria are always consistent' : cr > 0.1 ? c.yellow('above 0.1: revisit the comparisons') : 'acceptable: 0.1 or less';
  out.push(`Consistency: lambda_max ${result.lambda_max.toFixed(3)}, CI ${result.consistency_index.toFixed(3)}, CR ${cr.toFixed(3)} (${verdict})`);
  if (result.most_inconsistent && result.revisit) {
    const [a, b] = result.most_inconsistent;
    out.push(
      `Least consistent comparison: ${a} vs ${b}: you said ${formatRatio(result.revisit.given)}; the weights imply about ${formatRatio(result.revisit.implied)}`,
    );
  }
  for (const e of result.estimated) out.push(`Estimated (not compared): ${e.pair[0]} vs ${e.pair[1]}: about ${formatRatio(e.value)}`);
  for (const w of report.warnings) out.push(c.yellow(`Warning: ${w}`));
  if (report.written) out.push('', `Wrote ${report.written}. Use it with: outsource score INVENTORY --rules ${report.written}`);
  return `${out.join('\n')}\n`;
}
