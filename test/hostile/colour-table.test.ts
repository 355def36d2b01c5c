/**
 * The shortlist table in a colour terminal: a real pseudo-terminal (tmux) at
 * 80 and 100 columns with colour forced on. Colour escapes take no column, so
 * every line fits the width and every row's borders sit under the top
 * border's column marks. The interview used to break table lines after
 * "strongest:" because its word wrap counted escapes as characters.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { binPath, example } from '../helpers/paths.js';
import { terminalSuite } from '../assess/tmux.js';

const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);
const COLOUR = { FORCE_COLOR: '1', NO_COLOR: '', NODE_NO_WARNINGS: '1', CI: '', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
const terminal = terminalSuite('outsource-colour-');

/** Column positions of the frame characters in one line (code points, not bytes). */
const marks = (line: string, chars: string) =>
  [...line]
    .map((c, i) => (i > 0 && chars.includes(c) ? i : -1))
    .filter((i) => i >= 0)
    .join(',');

/** Checks every table on the screen: lines within `width`, borders aligned with the top border. */
function expectTablesFit(screen: string, width: number): number {
  let tables = 0;
  let columns: string | undefined;
  for (const line of screen.split('\n')) {
    expect([...line].length, line).toBeLessThanOrEqual(width);
    if (line.startsWith('┌')) {
      tables++;
      columns = marks(line, '┬┐');
    } else if (/^[│├└]/.test(line)) {
      expect(marks(line, '│┼┤┴┘'), line).toBe(columns);
    } else columns = undefined;
  }
  return tables;
}

/** The agency example with every answer given, so the interview goes straight to the shortlist. */
function answeredInventory(folder: string): string {
  const data = parse(readFileSync(example('agency.yaml'), 'utf8')) as {
    organisation?: string;
    processes: { answers: Record<string, unknown>; metrics?: unknown[]; volume?: unknown }[];
  };
  const full = data.processes[0]!.answers;
  for (const p of data.processes) {
    p.answers = { ...full, ...p.answers };
    p.metrics ??= [{ name: 'turnaround', unit: 'hours', baseline: 4 }];
    // Step 7 asks volume and right-shoring of every shortlisted process: given here, so nothing is left to ask.
    p.volume ??= { hours_per_month: 100, pattern: 'steady' };
  }
  data.organisation ??= 'Northlight Creative';
  const file = join(folder, 'answered.yaml');
  writeFileSync(file, stringify(data));
  return file;
}

describe.skipIf(!terminal.available)('the shortlist table in a colour terminal', () => {
  for (const width of [80, 100]) {
    it(`fits ${width} columns with aligned borders in the interview and in score`, async () => {
      const { tmux: t, dir } = terminal.open();
      const inventory = answeredInventory(dir);
      t.start(`node ${binPath} assess --answers ${inventory} --out out.yaml`, dir, COLOUR, width);
      expect(await t.waitForExit()).toBe(0);
      const interview = t.history();
      expect(interview).toContain('Shortlist - step 6, best first (15)');
      expect(interview).toContain('strongest:');
      expect(expectTablesFit(interview, width)).toBe(4);

      t.start(`node ${binPath} score out.yaml --sensitivity`, dir, COLOUR, width);
      expect(await t.waitForExit()).toBe(0);
      expect(t.styledScreen()).toMatch(SGR);
      expect(expectTablesFit(t.history(), width)).toBe(4);
    });
  }
});
