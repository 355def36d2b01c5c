import { styler } from '../style.js';
import { sanitize } from '../../util/sanitize.js';
import { atOrAbove, type Finding, type Severity } from '../../core/roadmap/types.js';
import { describeSummary, isOpen, type CheckReporter } from './types.js';
import { couldNotCheck } from './errors.js';

const WIDTH = 120;

/** The source line of a finding with a caret under its column; long lines are cut around it. */
function excerpt(line: string | undefined, f: Finding): [string, string] | undefined {
  if (line === undefined) return undefined;
  let text = line.replace(/\t/g, ' ');
  let column = f.column;
  if (text.length > WIDTH) {
    const start = Math.max(0, column - 40);
    text = `${start > 0 ? '…' : ''}${text.slice(start, start + WIDTH)}${start + WIDTH < text.length ? '…' : ''}`;
    column = column - start + (start > 0 ? 1 : 0);
  }
  const gutter = String(f.line).padStart(6);
  return [`${gutter} | ${sanitize(text)}`, `${' '.repeat(6)} | ${' '.repeat(Math.max(0, column - 1))}^`];
}

/**
 * For people: findings grouped by file, each with the offending line and a
 * caret under the column; a last line sums up. Colour only decorates: the
 * severity is always written out.
 */
export const renderText: CheckReporter = (report, options) => {
  const c = styler(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const { file, text } of report.files) {
    const findings = report.findings.filter((f) => f.file === file);
    const open = findings.filter(isOpen);
    const waived = findings.filter((f) => f.suppressed);
    const known = findings.filter((f) => !f.suppressed && f.baseline === 'unchanged').length;
    const aside = [waived.length > 0 ? `${waived.length} waived` : '', known > 0 ? `${known} in the baseline` : ''].filter(Boolean).join(', ');
    if (open.length === 0) {
      out.push(`${c.green('✔')} ${c.bold(sanitize(file))}: no ${known > 0 ? 'new ' : ''}findings${aside ? ` (${aside})` : ''}`);
      continue;
    }
    const lines = text.split(/\r?\n/);
    out.push(c.bold(c.underline(sanitize(file))));
    for (const f of open) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      out.push(`  ${c.dim(where)} ${paint[f.severity](f.severity.padEnd(7))} ${sanitize(f.message)}  ${c.dim(f.rule)}`);
      const shown = excerpt(lines[f.line - 1], f);
      if (shown) out.push(c.dim(shown[0]), paint[f.severity](shown[1]));
    }
    for (const f of waived) {
      out.push(
        `  ${c.dim(`${f.line}:${f.column}`.padEnd(8))} ${c.dim('waived ')} ${c.dim(`${sanitize(f.message)}  ${f.rule} (${sanitize(f.suppressed?.reason ?? '')})`)}`,
      );
    }
    out.push('');
  }
  const s = report.summary;
  const failing = report.findings.some((f) => isOpen(f) && atOrAbove(f.severity, report.failOn));
  const broken = couldNotCheck(report.errors);
  const mark = failing || broken ? c.red('✖') : c.green('✔');
  out.push(`${mark} ${describeSummary(s)}${failing ? ` (failing on ${report.failOn})` : ''}${broken}`);
  return `${out.join('\n')}\n`;
};
