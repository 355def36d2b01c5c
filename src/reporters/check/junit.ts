import { atOrAbove, type Finding } from '../../core/roadmap/types.js';
import type { CheckReporter } from './types.js';

/** XML 1.0 text and attribute escaping; characters XML cannot hold at all become visible escapes. */
export function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}

const attrs = (pairs: Record<string, string | number>) =>
  Object.entries(pairs)
    .map(([k, v]) => `${k}="${xmlEscape(String(v))}"`)
    .join(' ');

/**
 * JUnit XML for CI test reporters: one test suite per roadmap file, one test
 * case per enabled rule that found nothing (it passed) and one per finding.
 * A finding at or above --fail-on is a failure; one below it passes with the
 * message in system-out; a waived one is skipped with the waiver's reason.
 */
export const renderJunit: CheckReporter = (report) => {
  const byFile = new Map<string, Finding[]>(report.files.map((f) => [f.file, []]));
  for (const f of report.findings) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file))?.push(f);
  const rules = report.rules.filter((r) => r.enabled && r.kind !== 'structural');
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  for (const [file, findings] of byFile) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let skipped = 0;
    const fired = new Set(findings.map((f) => f.rule));
    for (const rule of rules) {
      if (!fired.has(rule.id)) cases.push(`    <testcase ${attrs({ name: rule.id, classname: file })}/>`);
    }
    for (const f of findings) {
      const name = `${f.rule} at ${f.line}:${f.column}`;
      const where = `${f.file}:${f.line}:${f.column}`;
      const open = `    <testcase ${attrs({ name, classname: file, file: f.file, line: f.line })}>`;
      if (f.suppressed) {
        skipped++;
        cases.push(`${open}<skipped ${attrs({ message: `waived: ${f.suppressed.reason}` })}/></testcase>`);
      } else if (f.baseline === 'unchanged') {
        skipped++;
        cases.push(`${open}<skipped ${attrs({ message: 'in the baseline' })}/></testcase>`);
      } else if (atOrAbove(f.severity, report.failOn)) {
        suiteFailures++;
        cases.push(
          `${open}<failure ${attrs({ message: f.message, type: f.severity })}>${xmlEscape(`${where}: ${f.severity}: ${f.message} [${f.rule}]`)}</failure></testcase>`,
        );
      } else {
        cases.push(`${open}<system-out>${xmlEscape(`${where}: ${f.severity}: ${f.message} [${f.rule}]`)}</system-out></testcase>`);
      }
    }
    total += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite ${attrs({ name: `outsource check ${file}`, tests: cases.length, failures: suiteFailures, errors: 0, skipped })}>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  // A file that could not be checked is a suite with one <error>: CI reporters show it as broken, not as passed.
  const unreadable = new Map<string, string[]>();
  for (const d of report.errors ?? []) {
    const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
    (unreadable.get(d.file) ?? unreadable.set(d.file, []).get(d.file))?.push(`${where}: ${d.message}`);
  }
  for (const [file, messages] of unreadable) {
    const error = `<error ${attrs({ message: messages[0] ?? '', type: 'could-not-check' })}>${xmlEscape(messages.join('\n'))}</error>`;
    suites.push(
      `  <testsuite ${attrs({ name: `outsource check ${file}`, tests: 1, failures: 0, errors: 1, skipped: 0 })}>\n    <testcase ${attrs({ name: 'read and validate the roadmap', classname: file, file })}>${error}</testcase>\n  </testsuite>`,
    );
    total++;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${attrs({ name: 'outsource check', tests: total, failures, errors: unreadable.size })}>\n${suites.join('\n')}\n</testsuites>\n`;
};
