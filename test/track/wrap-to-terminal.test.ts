/** track's reasons and advice wrap to the terminal, keeping every word; the table's own rows are left as they are. */
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
});
