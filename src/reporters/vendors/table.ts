import { sanitize } from '../../util/sanitize.js';
import { styler } from '../style.js';
import { fittedTable } from '../table-layout.js';
import type { Scorecard } from '../../core/vendors/score.js';
import { WEIGHT_SOURCE, strengths, weightsLine } from './summary.js';
import type { VendorsRenderOptions } from './types.js';

export function renderVendorsTable(card: Scorecard, options: VendorsRenderOptions): string {
  const c = styler(options.color);
  const width = Math.max(60, Math.min(options.width, 160));
  const out: string[] = [c.bold(card.organisation ? `Vendor scorecard: ${sanitize(card.organisation)}` : 'Vendor scorecard')];
  out.push(
    `${card.vendors.length} ${card.vendors.length === 1 ? 'vendor' : 'vendors'}, best first. ${WEIGHT_SOURCE[card.weightSource]}: ${weightsLine(card)}`,
    '',
  );
  if (card.vendors.length === 0) out.push('  No vendors in the file.');
  else {
    const table = fittedTable(
      ['Rank', 'Vendor', 'Score', 'Conf.', 'Where', 'Scope', 'Strongest / weakest'],
      [6, null, 7, 7, 11, null, null],
      width,
      [0, 2, 0, 0, 0, 3, 2],
    );
    for (const v of card.vendors) {
      const { strongest, weakest } = strengths(v);
      const conf = v.confidence === 1 ? '1' : c.yellow(v.confidence.toFixed(2));
      const flags = v.flags.length > 0 ? `\n${c.yellow(`! ${v.flags.join(', ')}`)}` : '';
      const scope = v.scope.length > 0 ? v.scope.map(sanitize).join(', ') : c.yellow('(none)');
      table.push([
        String(v.rank),
        `${sanitize(v.name)}\n${c.dim(v.id)}${flags}`,
        c.green(v.score.toFixed(1)),
        conf,
        v.location ?? '-',
        scope,
        `strongest: ${strongest}\nweakest: ${weakest}`,
      ]);
    }
    out.push(table.toString());
  }
  if (card.findings.length > 0) {
    out.push('', c.bold(`Findings (${card.findings.length})`));
    for (const f of card.findings) {
      const where = f.line === undefined ? f.file : `${f.file}:${f.line}:${f.column ?? 1}`;
      const word = f.severity === 'warning' ? c.yellow('warning') : c.dim('info   ');
      out.push(`  ${word}  ${sanitize(where)}  ${f.rule}: ${sanitize(f.message)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
