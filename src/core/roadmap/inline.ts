/** An `# outsource-ignore RULE[,RULE] [expires=YYYY-MM-DD] -- reason` comment. */
export interface InlineIgnore {
  rules: string[];
  /** Empty when the comment gives none. */
  reason: string;
  expires?: string;
  /** 1-based position of the `#`. */
  line: number;
  column: number;
  /** The line the comment applies to: its own line for a trailing comment, else the next line with content; 0 for none. */
  target: number;
}

const MARK = 'outsource-ignore';
const COMMENT = /(^|\s)#\s*outsource-ignore(?=\s|$|,)(.*)$/;
const EXPIRES = /^expires(?:[=:](.*))?$/;

/**
 * Finds the ignore comments of a roadmap. A comment on its own line applies
 * to the next line with content (and so to the item or vendor that starts
 * there); a comment after a value applies to its own line.
 */
export function findInlineIgnores(text: string): InlineIgnore[] {
  if (!text.includes(MARK)) return [];
  const lines = text.split(/\r?\n/);
  const out: InlineIgnore[] = [];
  lines.forEach((content, index) => {
    if (!content.includes(MARK)) return;
    const match = COMMENT.exec(content);
    if (!match) return;
    const hash = match.index + (match[1] ?? '').length;
    const ownLine = content.slice(0, hash).trim() === '';
    const parsed = parseDirective(match[2] ?? '');
    out.push({ ...parsed, line: index + 1, column: hash + 1, target: ownLine ? nextContentLine(lines, index + 1) : index + 1 });
  });
  return out;
}

function parseDirective(rest: string): Pick<InlineIgnore, 'rules' | 'reason' | 'expires'> {
  const split = rest.indexOf('--');
  const head = split === -1 ? rest : rest.slice(0, split);
  const reason = split === -1 ? '' : rest.slice(split + 2).trim();
  const tokens = head.split(/[\s,]+/).filter(Boolean);
  const rules: string[] = [];
  let expires: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const m = EXPIRES.exec(token);
    if (m) {
      expires = m[1] || tokens[++i] || '';
      continue;
    }
    rules.push(token);
  }
  return expires === undefined ? { rules, reason } : { rules, reason, expires };
}

function nextContentLine(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (t !== '' && !t.startsWith('#')) return i + 1;
  }
  return 0;
}
