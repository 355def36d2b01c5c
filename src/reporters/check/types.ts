import type { Diagnostic } from '../../core/parse/diagnostics.js';
import type { Finding, RuleInfo, Severity } from '../../core/roadmap/types.js';

export type { CheckFormat } from './formats.js';

export interface CheckSummary {
  error: number;
  warning: number;
  info: number;
  /** Waived findings: shown, not counted. */
  suppressed: number;
  /** With a baseline: findings it already holds (not counted). */
  baselined?: number;
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
  /** `docs`: the web page of docs/rules.md, for links from each rule; `home`: the project's page; absent when unknown. */
  tool: { name: string; version: string; docs?: string; home?: string };
  /** Roadmaps (or their inventories) that could not be read or are not valid: reported in every format, and the run exits 2. */
  errors?: Diagnostic[];
}

export interface CheckRenderOptions {
  color: boolean;
}

export type CheckReporter = (report: CheckReport, options: CheckRenderOptions) => string;

/** A finding that counts: neither waived nor held by the baseline. */
export const isOpen = (f: Finding): boolean => !f.suppressed && f.baseline !== 'unchanged';

/** Counts what is not waived, by severity; with a baseline, also what it holds. */
export function summarize(findings: readonly Finding[], withBaseline = false): CheckSummary {
  const summary: CheckSummary = { error: 0, warning: 0, info: 0, suppressed: 0 };
  if (withBaseline) summary.baselined = 0;
  for (const f of findings) {
    if (f.suppressed) summary.suppressed++;
    else if (f.baseline === 'unchanged') summary.baselined = (summary.baselined ?? 0) + 1;
    else summary[f.severity]++;
  }
  return summary;
}

/** "3 errors, 1 warning, 0 info" */
export function describeSummary(s: CheckSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(s.error, 'error'), plural(s.warning, 'warning'), `${s.info} info`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} waived`);
  if (s.baselined) parts.push(`${s.baselined} in the baseline`);
  return parts.join(', ');
}
