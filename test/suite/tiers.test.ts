/**
 * The two tiers stay what they say: a test file that starts a process (the
 * built binary, a terminal, a browser, npm, git) is listed in SPAWNING, so
 * `npm run test:unit` stays fast; a file that replaces modules with vi.mock
 * is listed in MOCKING, so it never shares its module registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING, SPAWNING } from '../../vitest.unit.config.js';
import { repoRoot } from '../helpers/paths.js';

const STARTS_A_PROCESS =
  /\b(runBin|runBinInTerminal|runMeasured|runBatch|spawn|spawnSync|execFile|execFileSync|execSync|terminalSuite|describeGrid|chromium|npm|copyWorkingTree)\(|new (Batch|Tmux)\(/;
const MOCKS = /\bvi\.(mock|doMock)\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(repoRoot, path)] : [];
  });
}

const listed = (file: string, globs: readonly string[]) => globs.some((g) => (g.endsWith('/**') ? file.startsWith(g.slice(0, -2)) : file === g));
// This file names the patterns it looks for, so it is left out of the scan.
const files = testFiles(join(repoRoot, 'test'))
  .filter((file) => file !== 'test/suite/tiers.test.ts')
  .map((file) => ({ file, text: readFileSync(join(repoRoot, file), 'utf8') }));

describe('the test tiers', () => {
  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((f) => f.file)).toContain('test/hostile/readers.test.ts');
  });

  it('every file that starts a process is in SPAWNING (vitest.unit.config.ts)', () => {
    const missing = files.filter((f) => STARTS_A_PROCESS.test(f.text) && !listed(f.file, SPAWNING)).map((f) => f.file);
    expect(missing).toEqual([]);
  });

  it('every file that mocks modules is in MOCKING (vitest.unit.config.ts)', () => {
    const missing = files.filter((f) => MOCKS.test(f.text) && !listed(f.file, [...MOCKING, ...SPAWNING])).map((f) => f.file);
    expect(missing).toEqual([]);
  });

  it('the checks catch an unlisted file', () => {
    expect(STARTS_A_PROCESS.test("const r = await runBin(['score'])")).toBe(true);
    expect(listed('test/hostile/readers.test.ts', SPAWNING)).toBe(true);
    expect(listed('test/core/score.test.ts', SPAWNING)).toBe(false);
    expect(MOCKS.test("vi.mock('../../src/cli.js')")).toBe(true);
  });
});
