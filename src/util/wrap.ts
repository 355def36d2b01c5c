import { visibleWidth } from './text-width.js';

/**
 * Word-wraps text for a terminal of `width` columns. Lines that start with
 * spaces or "- " keep their indent on continuation lines (or `hangIndent`).
 * Widths are terminal columns: colour escapes take none, so a coloured table
 * line that fits is never broken.
 */
export function wrapText(text: string, width: number, hangIndent?: number): string {
  const max = Math.max(20, width - 1);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (visibleWidth(line) <= max) {
      out.push(line);
      continue;
    }
    const indent = /^\s*(?:- )?/.exec(line)?.[0] ?? '';
    const hang = ' '.repeat(hangIndent ?? indent.length);
    let current = indent;
    let used = indent.length;
    let empty = true;
    for (const word of line.slice(indent.length).split(' ')) {
      const size = visibleWidth(word);
      if (!empty && used + 1 + size > max) {
        out.push(current);
        current = `${hang}${word}`;
        used = hang.length + size;
      } else {
        current = empty ? `${current}${word}` : `${current} ${word}`;
        used += (empty ? 0 : 1) + size;
      }
      empty = false;
    }
    out.push(current);
  }
  return out.join('\n');
}
