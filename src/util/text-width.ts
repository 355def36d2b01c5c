/**
 * Terminal column widths of text that may hold colour escapes. A colour
 * sequence takes no column, a wide (East Asian, emoji) character takes two and
 * a combining mark none; counting escapes as characters is what misplaces
 * table borders in a colour terminal.
 */

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const PLAIN = /^[\x20-\x7e]*$/;

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(SGR, '') : text;
}

/** Columns taken by one code point (already free of escapes). */
export function codePointWidth(code: number): number {
  if (code < 0x300) return code < 0x20 || (code >= 0x7f && code < 0xa0) ? 0 : 1;
  // Combining marks and zero-width joiners/selectors.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x20d0 && code <= 0x20ff))
    return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Visible columns of a one-line string; printable ASCII takes the fast path. */
export function visibleWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  const bare = stripAnsi(text);
  if (PLAIN.test(bare)) return bare.length;
  let width = 0;
  for (const ch of bare) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** A piece of a line: an escape sequence (no width) or one code point. */
interface Piece {
  text: string;
  width: number;
  escape: boolean;
}

function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < line.length) {
    if (line.charCodeAt(i) === 0x1b) {
      SGR.lastIndex = i;
      const m = SGR.exec(line);
      if (m && m.index === i) {
        out.push({ text: m[0], width: 0, escape: true });
        i += m[0].length;
        continue;
      }
    }
    const code = line.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    out.push({ text: ch, width: codePointWidth(code), escape: false });
    i += ch.length;
  }
  SGR.lastIndex = 0;
  return out;
}

/** Wraps plain printable ASCII at word boundaries; a word longer than the width is cut. */
function wrapPlain(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) {
      out.push(rest.slice(0, width));
      rest = rest.slice(width);
    } else {
      out.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut + 1);
    }
    rest = rest.replace(/^ +/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

const RESET = '\u001b[0m';

/**
 * Wraps one line (which may hold colour escapes) into lines of at most
 * `width` columns. The colour in force at a break is closed at the end of the
 * line and opened again on the next, so a border never takes a cell's colour.
 */
function wrapStyled(line: string, width: number): string[] {
  const all = pieces(line);
  const out: string[] = [];
  // Escapes seen so far: replayed at the start of each continuation line.
  let active = '';
  let start = 0;
  while (start < all.length) {
    // Take as many pieces as fit; remember the last space inside the range.
    let used = 0;
    let end = start;
    let lastSpace = -1;
    while (end < all.length) {
      const p = all[end] as Piece;
      if (!p.escape && used + p.width > width) break;
      if (!p.escape && p.text === ' ') lastSpace = end;
      used += p.width;
      end++;
    }
    let next = end;
    if (end < all.length && lastSpace > start) {
      end = lastSpace;
      next = lastSpace + 1;
    } else if (end === start) {
      // A single character wider than the column: take it anyway rather than loop.
      end = start + 1;
      next = end;
    }
    let text = active;
    let sawEscape = active !== '';
    for (let i = start; i < end; i++) {
      const p = all[i] as Piece;
      text += p.text;
      if (p.escape) {
        active = p.text === RESET || p.text === '\u001b[m' ? '' : active + p.text;
        sawEscape = true;
      }
    }
    // Escapes right after the break belong to this line's state too.
    while (next < all.length && ((all[next] as Piece).escape || ((all[next] as Piece).text === ' ' && next < all.length - 1))) {
      const p = all[next] as Piece;
      if (p.escape) {
        text += p.text;
        active = p.text === RESET || p.text === '\u001b[m' ? '' : active + p.text;
        sawEscape = true;
      }
      next++;
    }
    out.push(sawEscape && next < all.length ? `${text.replace(/ +$/, '')}${RESET}` : text.replace(/ +$/, '') || text);
    start = next;
  }
  return out.length > 0 ? out : [''];
}

/** Wraps each line of `text` to `width` columns. */
export function wrapToWidth(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (PLAIN.test(line)) {
      for (const l of wrapPlain(line, w)) out.push(l);
    } else if (visibleWidth(line) <= w) {
      out.push(line);
    } else {
      for (const l of wrapStyled(line, w)) out.push(l);
    }
  }
  return out;
}
