// Draws terminal output with its colour codes (SGR) as an SVG picture of a terminal, for the
// README's tour. Each run of text is placed at its column and stretched to exactly its width
// (textLength), so tables stay aligned whatever monospace font the viewer has.
//
//   import { ansiToSvg } from './ansi-svg.mjs';
//   writeFileSync('tour.svg', ansiToSvg(output, { columns: 100, title: 'outsource score' }));

/** A dark theme's palette (normal colours 30-37, then bright 90-97). */
const PALETTE = [
  '#1e1e1e',
  '#f14c4c',
  '#23d18b',
  '#e5e510',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#e5e5e5',
  '#666666',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#ffffff',
];
const FOREGROUND = '#d4d4d4';
const BACKGROUND = '#1e1e1e';
const CELL_WIDTH = 8.4;
const LINE_HEIGHT = 16.5;
const FONT_SIZE = 14;
const PAD = 16;

// eslint-disable-next-line no-control-regex
const SEQUENCE = /\u001b\[([0-9;]*)([A-Za-z])/g;

const escapeXml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The 256-colour palette's entry n, as #rrggbb. */
function colour256(n) {
  if (n < 16) return PALETTE[n];
  if (n >= 232) {
    const v = (8 + (n - 232) * 10).toString(16).padStart(2, '0');
    return `#${v}${v}${v}`;
  }
  const i = n - 16;
  const level = (x) => (x === 0 ? 0 : 55 + x * 40).toString(16).padStart(2, '0');
  return `#${level(Math.floor(i / 36))}${level(Math.floor(i / 6) % 6)}${level(i % 6)}`;
}

/** Applies one SGR sequence's parameters to a style. */
function applySgr(style, params) {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === 0) Object.assign(style, { fg: undefined, bg: undefined, bold: false, dim: false, italic: false, underline: false, inverse: false });
    else if (c === 1) style.bold = true;
    else if (c === 2) style.dim = true;
    else if (c === 3) style.italic = true;
    else if (c === 4) style.underline = true;
    else if (c === 7) style.inverse = true;
    else if (c === 22) style.bold = style.dim = false;
    else if (c === 23) style.italic = false;
    else if (c === 24) style.underline = false;
    else if (c === 27) style.inverse = false;
    else if (c >= 30 && c <= 37) style.fg = PALETTE[c - 30];
    else if (c >= 90 && c <= 97) style.fg = PALETTE[c - 90 + 8];
    else if (c === 39) style.fg = undefined;
    else if (c >= 40 && c <= 47) style.bg = PALETTE[c - 40];
    else if (c >= 100 && c <= 107) style.bg = PALETTE[c - 100 + 8];
    else if (c === 49) style.bg = undefined;
    else if ((c === 38 || c === 48) && codes[i + 1] === 5) {
      style[c === 38 ? 'fg' : 'bg'] = colour256(codes[i + 2] ?? 0);
      i += 2;
    } else if ((c === 38 || c === 48) && codes[i + 1] === 2) {
      const hex = codes
        .slice(i + 2, i + 5)
        .map((v) => (v ?? 0).toString(16).padStart(2, '0'))
        .join('');
      style[c === 38 ? 'fg' : 'bg'] = `#${hex}`;
      i += 4;
    }
  }
}

/** One line as runs of equally styled text, each with the column it starts at. */
export function parseLine(line, style) {
  const runs = [];
  let column = 0;
  let last = 0;
  const push = (text) => {
    if (text === '') return;
    runs.push({ text, column, style: { ...style } });
    column += [...text].length;
  };
  for (const match of line.matchAll(SEQUENCE)) {
    push(line.slice(last, match.index));
    if (match[2] === 'm') applySgr(style, match[1]);
    last = match.index + match[0].length;
  }
  push(line.slice(last));
  return runs;
}

function runSvg(run, y) {
  const { style } = run;
  let fg = style.fg ?? FOREGROUND;
  let bg = style.bg;
  if (style.inverse) [fg, bg] = [bg ?? BACKGROUND, fg];
  const x = PAD + run.column * CELL_WIDTH;
  const width = [...run.text].length * CELL_WIDTH;
  const parts = [];
  if (bg) parts.push(`<rect x="${x.toFixed(1)}" y="${(y - FONT_SIZE + 2).toFixed(1)}" width="${width.toFixed(1)}" height="${LINE_HEIGHT}" fill="${bg}"/>`);
  const styling = [
    fg === FOREGROUND ? '' : `fill="${fg}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.dim ? 'opacity="0.65"' : '',
    style.italic ? 'font-style="italic"' : '',
    style.underline ? 'text-decoration="underline"' : '',
  ].filter(Boolean);
  // Words with single spaces between them, each placed at its own column: runs of spaces are
  // never drawn, so no viewer can collapse them and shift what follows.
  const chars = [...run.text];
  for (const word of chars.join('').matchAll(/\S+(?: \S+)*/gu)) {
    const offset = [...run.text.slice(0, word.index)].length;
    const length = [...word[0]].length;
    const attributes = [
      `x="${(x + offset * CELL_WIDTH).toFixed(1)}"`,
      `y="${y}"`,
      `textLength="${(length * CELL_WIDTH).toFixed(1)}"`,
      'lengthAdjust="spacingAndGlyphs"',
      ...styling,
    ];
    parts.push(`<text ${attributes.join(' ')}>${escapeXml(word[0])}</text>`);
  }
  return parts.join('');
}

/**
 * The SVG of `text` (output with SGR colour codes) on a terminal `columns` wide.
 * `title` and `description` are what screen readers announce.
 */
export function ansiToSvg(text, { columns = 100, title = 'Terminal output', description = '' } = {}) {
  const lines = text.replace(/\n$/, '').split('\n');
  const style = {};
  const width = Math.ceil(PAD * 2 + columns * CELL_WIDTH);
  const height = Math.ceil(PAD * 2 + lines.length * LINE_HEIGHT);
  const body = lines
    .map((line, i) =>
      parseLine(line, style)
        .map((run) => runSvg(run, Number((PAD + (i + 1) * LINE_HEIGHT - 4).toFixed(1))))
        .join(''),
    )
    .filter(Boolean);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<desc id="desc">${escapeXml(description)}</desc>`,
    `<rect width="100%" height="100%" rx="6" fill="${BACKGROUND}"/>`,
    `<g font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace" font-size="${FONT_SIZE}" fill="${FOREGROUND}">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
