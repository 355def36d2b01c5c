import type { CheckReporter } from './types.js';

/**
 * The published shape exactly: `{ findings: [{ rule, severity, message, file, line,
 * column }], summary: { error, warning, info } }`. Waived findings carry
 * `suppressed` and do not count in the summary; `summary.suppressed` counts them.
 */
export const renderJson: CheckReporter = (report) => {
  const findings = report.findings.map((f) => {
    const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, message: f.message, file: f.file, line: f.line, column: f.column };
    if (f.suppressed) out.suppressed = f.suppressed;
    return out;
  });
  return `${JSON.stringify({ findings, summary: report.summary }, null, 2)}\n`;
};
