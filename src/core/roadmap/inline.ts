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
  let next: Int32Array | undefined;
  for (const [index, content] of lines.entries()) {
    if (!content.includes(MARK)) continue;
    const match = COMMENT.exec(content);
    if (!match) continue;
    // More than a roadmap can mean; reading them all would only cost time.
    if (out.length >= MAX_INLINE_IGNORES) break;
    const hash = match.index + (match[1] ?? '').length;
    const ownLine = content.slice(0, hash).trim() === '';
    const parsed = parseDirective(match[2] ?? '');
    next ??= nextContentLines(lines);
    out.push({ ...parsed, line: index + 1, column: hash + 1, target: ownLine ? (next[index + 1] ?? 0) : index + 1 });
  }
  return out;
}

/** Ignore comments read from one roadmap. */
export const MAX_INLINE_IGNORES = 10_000;

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

/**
 * For each line index, the 1-based number of the first line with content at
 * or after it (0 for none), in one pass from the end: a run of 100,000
 * comment lines costs 100,000 steps, not 100,000 squared.
 */
function nextContentLines(lines: readonly string[]): Int32Array {
  const next = new Int32Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] ?? '').trim();
    next[i] = t !== '' && !t.startsWith('#') ? i + 1 : (next[i + 1] ?? 0);
  }
  return next;
}
