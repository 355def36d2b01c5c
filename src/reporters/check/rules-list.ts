import type { RuleInfo } from '../../core/roadmap/types.js';
import { sanitizeBlock } from '../../util/sanitize.js';
import { styler } from '../style.js';
import { fittedTable } from '../table-layout.js';

/** The roadmap checks as `outsource rules --format json` lists them. */
export const checksAsJson = (rules: readonly RuleInfo[]) =>
  rules.map((r) => ({ id: r.id, kind: r.kind, severity: r.severity, enabled: r.enabled, summary: r.summary, fix: r.fix, ...(r.seed ? { seed: r.seed } : {}) }));

/** The roadmap checks as a table, for `outsource rules`. */
export function renderChecksTable(rules: readonly RuleInfo[], color: boolean, width: number): string {
  const c = styler(color);
  const table = fittedTable(['Check', 'Severity', 'Kind', 'Catches'], [24, 10, 12, null], Math.min(width, 140), [0, 0, 0, 1]);
  for (const r of rules) table.push([sanitizeBlock(r.id), r.enabled ? r.severity : 'off', r.kind, sanitizeBlock(r.summary)]);
  const custom = rules.filter((r) => r.kind === 'custom').length;
  const title = `Roadmap checks (${rules.length}${custom > 0 ? `, ${custom} of your own` : ''}): outsource check; docs/rules.md`;
  return `${c.bold(title)}\n${table.toString()}\n`;
}
