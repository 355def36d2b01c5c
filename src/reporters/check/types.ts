import type { Finding, RuleInfo, Severity } from '../../core/roadmap/types.js';

export type { CheckFormat } from './formats.js';

export interface CheckSummary {
  error: number;
  warning: number;
  info: number;
  /** Waived findings: shown, not counted. */
  suppressed: number;
}

/** Everything a reporter needs; reporters are pure functions of it. */
export interface CheckReport {
  /** Every finding of every file, sorted, waived ones included. */
  findings: Finding[];
  /** The roadmaps checked, in the order given, with their text for excerpts. */
  files: { file: string; text: string }[];
  /** Every rule with its effective severity and state (for SARIF's rule list and JUnit's test cases). */
  rules: RuleInfo[];
  summary: CheckSummary;
  failOn: Severity;
  tool: { name: string; version: string };
}

export interface CheckRenderOptions {
  color: boolean;
}

export type CheckReporter = (report: CheckReport, options: CheckRenderOptions) => string;

/** Counts what is not waived, by severity. */
export function summarize(findings: readonly Finding[]): CheckSummary {
  const summary: CheckSummary = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) summary.suppressed++;
    else summary[f.severity]++;
  }
  return summary;
}

/** "3 errors, 1 warning, 0 info" */
export function describeSummary(s: CheckSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(s.error, 'error'), plural(s.warning, 'warning'), `${s.info} info`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} waived`);
  return parts.join(', ');
}
