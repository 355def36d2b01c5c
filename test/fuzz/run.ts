/**
 * Shared by the fuzz properties: how many cases (FUZZ_RUNS, a few dozen per
 * property in `npm test`, thousands under `npm run fuzz`), running the CLI in
 * process on files in a scratch folder, the checks every run must pass, and
 * the tallies `scripts/fuzz.mjs` prints (FUZZ_REPORT names the file).
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { runInProcess, type CliResult } from '../helpers/cli.js';
import { TERMINAL_UNSAFE } from '../hostile/harness.js';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** fast-check's settings: FUZZ_SEED replays a reported failure. */
export const fcOptions = { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) };

const STACK_FRAME = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'outsource-fuzz-'));
  write(name: string, content: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Counts per property, written for scripts/fuzz.mjs. */
export class Tally {
  private readonly counts: Record<string, number> = {};
  constructor(private readonly property: string) {}
  add(key: string): void {
    this.counts[key] = (this.counts[key] ?? 0) + 1;
  }
  flush(): void {
    const file = process.env.FUZZ_REPORT;
    if (file) appendFileSync(file, `${JSON.stringify({ property: this.property, counts: this.counts })}\n`);
  }
}

export async function cli(args: string[], cwd: string): Promise<CliResult> {
  return runInProcess(args, { cwd });
}

/**
 * What every run must show, valid input or not: an exit code of 0, 1 or 2;
 * no stack trace and no internal error; no control or bidi character from
 * the data in a text format; machine formats that parse; a clean prototype.
 */
export function expectWellBehaved(
  r: CliResult,
  format: 'text' | 'json' | 'csv' | 'sarif' | 'junit' | 'yaml',
  allowed: number[] = [0, 1, 2],
  options: { reportsErrors?: boolean } = {},
): void {
  expect(allowed, `exit ${r.code}: ${r.stderr.slice(0, 300)}`).toContain(r.code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(TERMINAL_UNSAFE);
  if (r.code === 2 && options.reportsErrors) {
    // `check` reports a roadmap it could not check in its output too: stderr has the lines, stdout stays well-formed.
    for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^outsource: \S/);
  }
  if (r.code === 2 && !options.reportsErrors) {
    expect(r.stdout).toBe('');
    for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^outsource: \S/);
  } else if (format === 'json' || format === 'sarif') {
    expect(() => JSON.parse(r.stdout) as unknown, r.stdout.slice(0, 300)).not.toThrow();
  } else if (format !== 'yaml') {
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(format === 'junit' ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/ : TERMINAL_UNSAFE);
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/**
 * What every fuzz file sets up: a scratch folder and the tallies of exit
 * codes per property, flushed to the report and cleaned up after the file.
 */
export function fuzzSession(): { scratch: Scratch; tally: (name: string) => Tally } {
  const scratch = new Scratch();
  const tallies: Tally[] = [];
  afterAll(() => {
    for (const t of tallies) t.flush();
    scratch.remove();
  });
  return {
    scratch,
    tally: (name) => {
      const t = new Tally(name);
      tallies.push(t);
      return t;
    },
  };
}
