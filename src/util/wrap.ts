/**
 * Word-wraps text for a terminal of `width` columns. Lines that start with
 * spaces or "- " keep their indent on continuation lines (or `hangIndent`).
 */
export function wrapText(text: string, width: number, hangIndent?: number): string {
  const max = Math.max(20, width - 1);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= max) {
      out.push(line);
      continue;
    }
    const indent = /^\s*(?:- )?/.exec(line)?.[0] ?? '';
    const hang = ' '.repeat(hangIndent ?? indent.length);
    let current = indent;
    let empty = true;
    for (const word of line.slice(indent.length).split(' ')) {
      if (!empty && current.length + 1 + word.length > max) {
        out.push(current);
        current = `${hang}${word}`;
      } else {
        current = empty ? `${current}${word}` : `${current} ${word}`;
      }
      empty = false;
    }
    out.push(current);
  }
  return out.join('\n');
}
