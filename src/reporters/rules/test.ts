import type { RuleTestOutcome, RuleTestSummary } from '../../core/rule-tests/index.js';
import { sanitize } from '../../util/sanitize.js';
import { styler } from '../style.js';
import type { RulesFormat } from './formats.js';

/** The outcome of `outsource rules test`, and where its tests came from. */
export interface RuleTestReport {
  summary: RuleTestSummary;
  source: string;
}

export type RuleTestReporter = (report: RuleTestReport, options: { color: boolean }) => string;

const where = (o: RuleTestOutcome) => (o.where?.line === undefined ? o.where?.file ?? '' : `${o.where.file}:${o.where.line}:${o.where.column ?? 1}`);

function renderText({ summary, source }: RuleTestReport, { color }: { color: boolean }): string {
  const c = styler(color);
  const out = [c.bold(`Rule tests from ${source}`)];
  if (summary.outcomes.length === 0) {
    out.push('  No tests: add a tests: list to the rules file (see docs/rule-tests.md).');
    return `${out.join('\n')}\n`;
  }
  for (const o of summary.outcomes) {
    const name = sanitize(o.name);
    if (o.passed) {
      out.push(`  ${c.green('PASS')}  ${name}`);
      continue;
    }
    out.push(`  ${c.red('FAIL')}  ${name}  ${c.dim(`(${where(o)})`)}`, `        ${c.dim('- expected  + actual')}`);
    for (const d of o.differences) out.push(`        ${c.red(`- ${d.field}: ${d.expected}`)}`, `        ${c.green(`+ ${d.field}: ${d.actual}`)}`);
  }
  const total = summary.outcomes.length;
  out.push('', `${total} ${total === 1 ? 'test' : 'tests'}: ${summary.passed} passed, ${summary.failed} failed`);
  return `${out.join('\n')}\n`;
}

function renderJson({ summary, source }: RuleTestReport): string {
  return `${JSON.stringify({ source, passed: summary.passed, failed: summary.failed, tests: summary.outcomes }, null, 2)}\n`;
}

export const ruleTestReporters: Record<RulesFormat, RuleTestReporter> = { table: renderText, json: renderJson };
