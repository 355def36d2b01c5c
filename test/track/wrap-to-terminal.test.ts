/** track on a terminal fits its width: the SLA and process columns narrow, their cells and the advice wrap, and every word stays. */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const ARGS = ['track', 'examples/roadmap.yaml', 'examples/actuals.csv'];
const prose = (out: string) => out.slice(out.indexOf('\nWhy\n'));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('track on a terminal', () => {
  it('wraps what follows the table to its width, and says the same', async () => {
    const narrow = await runInProcess(ARGS, { columns: 80 });
    const wide = await runInProcess(ARGS, { columns: 400 });
    expect(narrow.code).toBe(1);
    expect(prose(narrow.stdout)).toContain('What to do next');
    for (const line of prose(narrow.stdout).split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(
      prose(wide.stdout)
        .split('\n')
        .some((line) => line.length > 80),
    ).toBe(true);
    expect(words(prose(narrow.stdout))).toEqual(words(prose(wide.stdout)));
    // Continuation lines keep the advice's indent.
    expect(prose(narrow.stdout)).toMatch(/\n {4}- review[^\n]*\n {6}\S/);
  });

  it('narrows the SLA column to fit 100 columns, a long name going on under itself', async () => {
    const fitted = await runInProcess(ARGS, { columns: 100 });
    const wide = await runInProcess(ARGS, { columns: 400 });
    expect(wide.stdout.split('\n').some((line) => line.length > 100)).toBe(true);
    for (const line of fitted.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
    expect(fitted.stdout).toMatch(/\ngreen {3}ad-adaptations {9}first-time-right rate {2}95\.5 in 2026-06 {2}>= 95 {3}on target, steady\n {31}\(%\)\n/);
    expect(words(fitted.stdout).sort()).toEqual(words(wide.stdout).sort());
  });
});
