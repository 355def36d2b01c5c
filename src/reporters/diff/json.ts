import type { DiffReport } from './types.js';

/** `{ old, new, summary, rules, changes: [{ id, name, change, old, new, answers, gates, why }] }` (docs/diff.md). */
export function renderDiffJson(report: DiffReport): string {
  const count = (kind: string) => report.result.changes.filter((c) => c.change === kind).length;
  const summary = { verdict: count('verdict'), rank: count('rank'), added: count('added'), removed: count('removed'), unchanged: report.result.unchanged };
  return `${JSON.stringify({ old: report.old, new: report.new, summary, rules: report.result.rules, changes: report.result.changes, ...(report.result.money ? { money: report.result.money } : {}) }, null, 2)}\n`;
}
