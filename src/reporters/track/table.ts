import { sanitize, truncate } from '../../util/sanitize.js';
import { showNumber } from '../../core/tracking/numbers.js';
import type { Status } from '../../core/tracking/status.js';
import type { TrackResult } from '../../core/tracking/track.js';
import { wrapText } from '../../util/wrap.js';
import { styler } from '../style.js';
import type { TrackRenderOptions } from './types.js';
import { trendWords } from './words.js';

/** The status word is always written out: colour only repeats it. */
const MARK: Record<Status, string> = { green: 'green', amber: 'AMBER', red: 'RED', 'no-data': 'no data' };

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - [...s].length));

/**
 * Columns that may give up width on a narrow terminal, in order (the trend, the SLA, the process), and how
 * narrow each may go: 23 keeps every status phrase whole ("off target, worsening", "off target, reaching it").
 */
const NARROWABLE: [column: number, narrowest: number][] = [
  [5, 23],
  [2, 12],
  [1, 12],
];

/** Narrows the columns in place until a row fits `width` columns, or they are as narrow as they go. */
function narrowTo(widths: number[], width: number): void {
  let over = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1) - width;
  for (const [i, narrowest] of NARROWABLE) {
    const cut = Math.min(over, (widths[i] ?? 0) - narrowest);
    if (cut <= 0) continue;
    widths[i] = (widths[i] ?? 0) - cut;
    over -= cut;
  }
}

/** A cell as lines of at most `width` columns, broken between words (inside a word only when it is longer). */
function breakCell(text: string, width: number): string[] {
  if ([...text].length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= width) line = candidate;
    else {
      if (line !== '') lines.push(line);
      let rest = [...word];
      while (rest.length > width) {
        lines.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
      line = rest.join('');
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function renderTrackTable(result: TrackResult, options: TrackRenderOptions): string {
  const c = styler(options.color);
  const fit = (line: string, hang?: number) => (options.width === undefined ? line : wrapText(line, options.width, hang));
  const paint: Record<Status, (s: string) => string> = { green: c.green, amber: c.yellow, red: c.red.bold, 'no-data': c.dim };
  const rows = result.slas.map((s) => [
    MARK[s.status],
    truncate(sanitize(s.process), 28),
    truncate(sanitize(`${s.metric} (${s.unit})`), 36),
    s.latest ? `${showNumber(s.latest.value)} in ${s.latest.period}` : '-',
    s.target === null ? '-' : `${s.better === 'lower' ? '<=' : '>='} ${showNumber(s.target)}`,
    trendWords(s),
  ]);
  const head = ['Status', 'Process', 'SLA', 'Latest', 'Target', 'Trend'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  if (options.width !== undefined) narrowTo(widths, options.width);
  // Padding is applied before colour, so escape codes never count as width.
  const cellsOf = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0)));
  const out: string[] = [c.bold(`SLA tracking: ${sanitize(result.roadmap)} against ${sanitize(result.actualsFile)}`), '', c.bold(cellsOf(head).join('  '))];
  result.slas.forEach((s, i) => {
    const cells = rows[i] ?? [];
    // A cell wider than its narrowed column goes on to the next lines, under itself.
    const parts = cells.map((cell, k) => breakCell(cell, widths[k] ?? 0));
    const height = Math.max(...parts.map((p) => p.length));
    for (let line = 0; line < height; line++) {
      const [status = '', ...rest] = cellsOf(parts.map((p) => p[line] ?? ''));
      out.push([line === 0 ? paint[s.status](status) : status, ...rest].join('  ').trimEnd());
    }
  });
  const sum = result.summary;
  out.push(
    '',
    `${result.slas.length} SLAs: ${c.green(`${sum.green} green`)}, ${c.yellow(`${sum.amber} amber`)}, ${c.red(`${sum.red} red`)}, ${sum.no_data} without data`,
  );
  const notes = result.slas.filter((s) => s.status === 'red' || s.status === 'amber');
  if (notes.length > 0) {
    out.push('', c.bold('Why'));
    for (const s of notes) out.push(fit(`  ${paint[s.status](MARK[s.status])} ${sanitize(s.process)} / ${sanitize(s.metric)}: ${sanitize(s.reason)}`, 4));
  }
  const actions = result.slas.filter((s) => s.action);
  if (actions.length > 0) {
    out.push('', c.bold('What to do next'));
    for (const s of actions) {
      const a = s.action;
      if (!a) continue;
      out.push(
        fit(
          `  ${sanitize(s.process)} (wave ${a.item.wave}, vendor ${sanitize(a.item.vendor)}, ${sanitize(result.locate(s).file)}:${result.locate(s).line}), ${a.why}:`,
          4,
        ),
      );
      for (const step of a.steps) out.push(fit(`    - ${sanitize(step)}`));
    }
  }
  return `${out.join('\n')}\n`;
}
