/** A roadmap's tracking.actuals that is missing is named relative to the current folder, like every other path, never by its absolute path. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-actuals-path-'));
  mkdirSync(join(dir, 'plans'));
  copyFileSync(join(repoRoot, 'examples', 'agency.yaml'), join(dir, 'plans', 'agency.yaml'));
  const roadmap = readFileSync(join(repoRoot, 'examples', 'roadmap.yaml'), 'utf8').replace(/^inventory: .*$/m, 'inventory: agency.yaml');
  // The example names no actuals of its own: this one names a file that is not there.
  expect(roadmap).not.toMatch(/^tracking:/m);
  writeFileSync(join(dir, 'plans', 'roadmap.yaml'), `${roadmap}\ntracking:\n  actuals: missing.csv\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a missing tracking.actuals file', () => {
  it.each([
    ['check', ['check', 'plans/roadmap.yaml']],
    ['track', ['track', 'plans/roadmap.yaml']],
  ])('%s names it relative to the current folder', async (_name, args) => {
    const r = await runInProcess(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outsource: plans/missing.csv: no such file');
    expect(r.stderr).not.toContain(dir);
  });
});
