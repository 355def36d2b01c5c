/**
 * The table renderer: widths in terminal columns (colour escapes take none,
 * wide characters two), rows by loop (100,000 rows render), and crossed-out
 * groups summarised beyond a screenful.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fittedTable, maxOf } from '../../src/reporters/table-layout.js';
import { renderTable } from '../../src/reporters/score/table.js';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { stripAnsi, visibleWidth, wrapToWidth } from '../../src/util/text-width.js';
import { wrapText } from '../../src/util/wrap.js';
import { styler } from '../../src/reporters/style.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { defaultMethod } from '../helpers/method.js';

const c = styler(true);
const method = defaultMethod();

const rowWidths = (table: string) => new Set(table.split('\n').map((l) => visibleWidth(l)));

describe('text width', () => {
  it('ignores colour escapes and counts wide characters as two columns', () => {
    expect(visibleWidth(c.green('100.0'))).toBe(5);
    expect(visibleWidth(`${c.bold('a')}${c.dim('bc')}`)).toBe(3);
    expect(visibleWidth('日本')).toBe(4);
    expect(visibleWidth('e\u0301')).toBe(1);
  });

  it('wraps coloured text without breaking escapes and closes the colour at each break', () => {
    const text = c.yellow('raters disagree: benefit, risk, repetitiveness, core_competency');
    const lines = wrapToWidth(text, 20);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(visibleWidth(line)).toBeLessThanOrEqual(20);
      // Every line is yellow on its own: a border drawn after it keeps the terminal's colour.
      expect(line.startsWith('\u001b[33m')).toBe(true);
    }
    expect(lines.map(stripAnsi).join(' ')).toBe(stripAnsi(text));
  });

  it('keeps every wrapped line within the width, whatever the text (property)', () => {
    const word = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('日本語', 'ab\u0301', c.red('red'), c.dim('dim text')));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.integer({ min: 2, max: 40 }), (words, width) => {
        // eslint-disable-next-line no-control-regex
        const text = words.join(' ').replace(/[\n\r\t\u0000-\u001a\u001c-\u001f]/g, 'x');
        for (const line of wrapToWidth(text, width)) expect(visibleWidth(line)).toBeLessThanOrEqual(Math.max(width, 2));
      }),
    );
  });

  it('does not break a coloured line that fits (the interview wraps everything it says)', () => {
    const line = `│ ${c.dim('social-media-strategy')} │ ${'x'.repeat(50)} │`;
    expect(visibleWidth(line)).toBeLessThan(79);
    expect(line.length).toBeGreaterThan(79);
    expect(wrapText(line, 80)).toBe(line);
  });
});

describe('fittedTable', () => {
  it('draws every line at the same width with colour in the cells', () => {
    const table = fittedTable(['#', 'Process', 'Why'], [5, 20, null], 79, [0, 0, 1]);
    table.push(['1', `Payroll\n${c.dim('payroll')}`, c.green('strongest: benefit 5, something long enough to wrap twice at least')]);
    table.push(['2', 'averyveryverylongwordwithoutanyspaces', 'x']);
    const out = table.toString();
    expect(rowWidths(out)).toEqual(new Set([79]));
    expect(stripAnsi(out)).toContain('averyveryverylongw');
  });

  it('renders 100,000 rows (no argument spreading)', () => {
    const table = fittedTable(['Process', 'Why'], [20, null], 79);
    const rows: string[][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([`process-${i}`, 'a reason']);
    table.push(...rows.slice(0, 10));
    for (const row of rows.slice(10)) table.push(row);
    const out = table.toString();
    expect(out.split('\n').length).toBe(3 + 2 * 100_000);
    expect(
      maxOf(
        rows.map((r) => r[0]!.length),
        0,
      ),
    ).toBe('process-99999'.length);
  });
});

describe('the score table at scale', () => {
  const inventory = (n: number): Inventory => ({
    processes: Array.from({ length: n }, (_, i) => ({ id: `p-${i}`, name: `Process ${i}`, answers: { core_competency: 5, vendor_parity: 2 } })),
  });

  it('summarises a crossed-out group beyond a screenful and points to --format', () => {
    const assessment = evaluateInventory(inventory(100_000), method);
    const text = renderTable({ assessment, method }, { color: false, width: 80 });
    expect(text).toContain('Step 3 - keep in-house');
    expect(text).toContain('... and 99,980 more; --format csv (or json) lists every process');
    expect(text).toContain('p-19');
    expect(text).not.toContain('p-20\n');
  });
});
