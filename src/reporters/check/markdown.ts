import { markdownCell } from '../text-safety.js';
import type { Finding } from '../../core/roadmap/types.js';
import { describeSummary, isOpen, type CheckReporter } from './types.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const where = (f: Finding) => markdownCell(`${f.file}:${f.line}:${f.column}`);

/** For a pull-request comment: the verdict first, then a table of findings, waived ones folded away. */
export const renderMarkdown: CheckReporter = (report) => {
  const open = report.findings.filter(isOpen);
  const waived = report.findings.filter((f) => f.suppressed);
  const files = report.files.map((f) => `\`${markdownCell(f.file)}\``).join(', ');
  const out: string[] = [];
  out.push(`### outsource check: ${describeSummary(report.summary)}`, '');
  const errors = report.errors ?? [];
  if (errors.length > 0) {
    out.push('**Could not check:**', '');
    for (const d of errors)
      out.push(`- \`${markdownCell(d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`)}\`: ${markdownCell(d.message)}`);
    out.push('');
  }
  if (open.length === 0) {
    out.push(`No findings in ${files}.`);
  } else {
    out.push(`Checked ${files}; findings at or above **${report.failOn}** fail the check.`, '');
    out.push(row(['Severity', 'Rule', 'Where', 'What to do']), row(['---', '---', '---', '---']));
    for (const f of open) {
      const severity = f.severity === 'error' ? '**error**' : f.severity;
      out.push(row([severity, `\`${f.rule}\``, where(f), markdownCell(f.message)]));
    }
  }
  if (waived.length > 0) {
    out.push('', `<details><summary>${waived.length} waived ${waived.length === 1 ? 'finding' : 'findings'}</summary>`, '');
    out.push(row(['Rule', 'Where', 'Finding', 'Waived because']), row(['---', '---', '---', '---']));
    for (const f of waived) {
      const expires = f.suppressed?.expires ? ` (until ${f.suppressed.expires})` : '';
      out.push(row([`\`${f.rule}\``, where(f), markdownCell(f.message), markdownCell(`${f.suppressed?.reason ?? ''}${expires}`)]));
    }
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
};
