/** outsource init writes starter actuals beside the roadmap, which `track` reads without being told. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outsource-init-track-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('init and track', () => {
  it('the starter roadmap names the starter actuals; track and check pass on them', async () => {
    const dir = fresh();
    const init = await runInProcess(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote actuals.csv');
    const track = await runInProcess(['track', 'roadmap.yaml', '--format', 'json'], { cwd: dir });
    expect([track.code, track.stderr]).toEqual([0, '']);
    expect((JSON.parse(track.stdout) as { summary: unknown }).summary).toEqual({ green: 2, amber: 0, red: 0, no_data: 0 });
    expect((await runInProcess(['check', 'roadmap.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('never overwrites an actuals file without --force', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'actuals.csv'), 'mine\n');
    const r = await runInProcess(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: actuals.csv already exists here; nothing was written (use --force to overwrite)\n');
    expect(readFileSync(join(dir, 'actuals.csv'), 'utf8')).toBe('mine\n');
  });
});
