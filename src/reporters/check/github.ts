import type { Severity } from '../../core/roadmap/types.js';
import { describeSummary, type CheckReporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: data escapes %, CR and LF; properties also ":" and ",". */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations, one `::error file=…,line=…,col=…,title=…::message`
 * per finding (warnings as ::warning, info as ::notice). Waived findings are
 * left out: an annotation cannot be marked as accepted.
 */
export const renderGithub: CheckReporter = (report) => {
  const lines: string[] = [];
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`outsource ${f.rule}`)}`].join(',');
    lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
  }
  // A plain line (not a command) sums up the run in the job's log.
  lines.push(`outsource check: ${describeSummary(report.summary)}`);
  return `${lines.join('\n')}\n`;
};
