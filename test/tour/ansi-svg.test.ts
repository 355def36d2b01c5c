/** The README tour's terminal pictures: colour codes become SVG colours, every word sits at its column, text is escaped. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { ansiToSvg, parseLine } from '../../scripts/ansi-svg.mjs';

type Run = { text: string; column: number; style: { fg?: string; bold?: boolean; dim?: boolean } };
const parse = parseLine as (line: string, style: object) => Run[];
const render = ansiToSvg as (text: string, options?: { columns?: number; title?: string; description?: string }) => string;
const ESC = '\u001b';

describe('ansi-svg', () => {
  it('splits a line into styled runs at the columns the terminal shows them, colour codes taking no room', () => {
    const runs = parse(`│ ${ESC}[32m100.0${ESC}[39m │ ${ESC}[1mbold${ESC}[22m ${ESC}[2mdim${ESC}[22m`, {});
    expect(runs.map((r) => [r.text, r.column])).toEqual([
      ['│ ', 0],
      ['100.0', 2],
      [' │ ', 7],
      ['bold', 10],
      [' ', 14],
      ['dim', 15],
    ]);
    expect(runs[1]!.style.fg).toBe('#23d18b');
    expect(runs[2]!.style.fg).toBeUndefined();
    expect(runs[3]!.style.bold).toBe(true);
    expect(runs[5]!.style.dim).toBe(true);
  });

  it('places each word at its own column with its exact width, so a table stays aligned in any font', () => {
    const svg = render('│ a  │ bc │', { columns: 10 });
    // Two spaces are a gap, never drawn: the next word starts at column 5, 16 + 5 x 8.4 px.
    expect(svg).toContain('<text x="16.0" y="28.5" textLength="25.2" lengthAdjust="spacingAndGlyphs">│ a</text>');
    expect(svg).toContain('<text x="58.0" y="28.5" textLength="50.4" lengthAdjust="spacingAndGlyphs">│ bc │</text>');
  });

  it('escapes markup, keeps a style across lines, and gives screen readers a title and description', () => {
    const svg = render(`${ESC}[31m<b>&\n"x"${ESC}[0m`, { title: '$ npx outsource score <x>', description: 'the table' });
    expect(svg).toContain('fill="#f14c4c">&lt;b&gt;&amp;</text>');
    expect(svg).toContain('fill="#f14c4c">&quot;x&quot;</text>');
    expect(svg).toContain('<title id="title">$ npx outsource score &lt;x&gt;</title>');
    expect(svg).toContain('<desc id="desc">the table</desc>');
    expect(svg).not.toContain(ESC);
  });
});
