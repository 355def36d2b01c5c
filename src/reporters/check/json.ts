import type { CheckReporter } from './types.js';

/** The version of this output's shape: bumped only if a field changes meaning; fields are added freely. */
export const CHECK_JSON_VERSION = 1;

/**
 * The published shape exactly: `{ findings: [{ rule, severity, message, file, line,
 * column }], summary: { error, warning, info } }`. Waived findings carry
 * `suppressed` and do not count in the summary; `summary.suppressed` counts them.
 * Added: `version`, each finding's `fingerprint` (and `baselineState` with a
 * baseline), and `errors`: the roadmaps that could not be checked.
 */
export const renderJson: CheckReporter = (report) => {
  const findings = report.findings.map((f) => {
    const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, message: f.message, file: f.file, line: f.line, column: f.column };
    if (f.suppressed) out.suppressed = f.suppressed;
    if (f.fingerprint !== undefined) out.fingerprint = f.fingerprint;
    if (f.baseline !== undefined) out.baselineState = f.baseline;
    return out;
  });
  const errors = (report.errors ?? []).map((d) => ({ file: d.file, line: d.line ?? null, column: d.column ?? null, message: d.message }));
  return `${JSON.stringify({ version: CHECK_JSON_VERSION, findings, summary: report.summary, errors }, null, 2)}\n`;
};
