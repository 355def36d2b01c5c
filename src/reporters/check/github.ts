import type { Severity } from '../../core/roadmap/types.js';
import { couldNotCheck } from './errors.js';
import { describeSummary, isOpen, type CheckReporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: data escapes %, CR and LF; properties also ":" and ",". */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations, one `::error file=…,line=…,col=…,title=…::message`
 * per finding (warnings as ::warning, info as ::notice). Waived findings and
 * those a baseline holds are left out: an annotation cannot be marked as
 * accepted. A roadmap that could not be checked is an ::error of its own.
 */
export const renderGithub: CheckReporter = (report) => {
  const lines: string[] = [];
  for (const d of report.errors ?? []) {
    const props = [
      `file=${escapeProperty(d.file)}`,
      ...(d.line === undefined ? [] : [`line=${d.line}`, `col=${d.column ?? 1}`]),
      `title=${escapeProperty('outsource could not check this file')}`,
    ].join(',');
    lines.push(`::error ${props}::${escapeData(d.message)}`);
  }
  for (const f of report.findings) {
    if (!isOpen(f)) continue;
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`outsource ${f.rule}`)}`].join(',');
    lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
  }
  // A plain line (not a command) sums up the run in the job's log.
  lines.push(`outsource check: ${describeSummary(report.summary)}${couldNotCheck(report.errors)}`);
  return `${lines.join('\n')}\n`;
};
