/**
 * Many hostile runs in one Node process (test/hostile/batch-child.mjs), for
 * the corpus × readers grid: starting Node and loading the CLI once per
 * reader instead of once per file is most of what the grid cost. Every run
 * is still measured on its own (peak memory, prototypes, streams, exit code)
 * and a run that hangs is killed after KILL_AFTER_MS, failing it and the runs
 * after it. What only a fresh process shows is covered by runMeasured, one
 * run per reader.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { KILL_AFTER_MS, type Measured } from './harness.js';

export interface BatchCase {
  args: readonly string[];
  /** Working directory; defaults to the repository root. */
  cwd?: string;
  /** A file whose bytes are piped in as stdin. */
  stdinFile?: string;
  /** As on a terminal: stdout and stderr arrive together, as `stderr`. */
  tty?: boolean;
}

const CAPTURE_LIMIT = 1 << 20;
const child = join(repoRoot, 'test', 'hostile', 'batch-child.mjs');
const cli = join(repoRoot, 'dist', 'cli.js');

interface Result {
  type: 'result';
  id: number;
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: number;
  stderrBytes: number;
  peakRssMb: number;
  ms: number;
  pollution: string[];
}

/** Starts the runs at once, one after the other in one process; one promise per case, in order. */
export function runBatch(cases: readonly BatchCase[]): Promise<Measured>[] {
  const settle: ((m: Measured) => void)[] = [];
  const results = cases.map(() => new Promise<Measured>((resolve) => settle.push(resolve)));
  if (!existsSync(cli)) {
    const missing = new Error('dist/cli.js is missing: run `npm run build` first');
    return cases.map(() => Promise.reject(missing));
  }
  const scratch = mkdtempSync(join(tmpdir(), 'outsource-batch-'));
  const jobFile = join(scratch, 'job.json');
  const job = cases.map((c, id) => ({ id, args: c.args, cwd: c.cwd ?? repoRoot, input: c.stdinFile, tty: c.tty }));
  writeFileSync(jobFile, JSON.stringify({ cases: job, captureLimit: CAPTURE_LIMIT }));

  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const proc = spawn(process.execPath, ['--expose-gc', child, cli, jobFile], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const done = new Set<number>();
  let current = -1;
  let timedOut = false;
  // Output that bypassed the Io (a library writing to the process's streams) belongs to the run under way.
  const stray = { stdout: '', stderr: '' };
  proc.stdout!.on('data', (chunk: Buffer) => (stray.stdout += chunk.toString('utf8')));
  proc.stderr!.on('data', (chunk: Buffer) => (stray.stderr += chunk.toString('utf8')));

  let timer: NodeJS.Timeout | undefined;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, KILL_AFTER_MS);
  };
  watch();

  proc.on('message', (message: { type: 'start'; id: number } | Result) => {
    if (message.type === 'start') {
      current = message.id;
      watch();
      return;
    }
    const { stdout, stderr } = stray;
    stray.stdout = stray.stderr = '';
    done.add(message.id);
    settle[message.id]!({
      code: message.code,
      signal: null,
      stdout: message.stdout + stdout,
      stderr: message.stderr + stderr,
      stdoutBytes: message.stdoutBytes + Buffer.byteLength(stdout),
      stderrBytes: message.stderrBytes + Buffer.byteLength(stderr),
      peakRssMb: message.peakRssMb,
      ms: message.ms,
      timedOut: false,
      pollution: message.pollution,
    });
  });
  proc.on('exit', (code, signal) => {
    clearTimeout(timer);
    rmSync(scratch, { recursive: true, force: true });
    cases.forEach((_, id) => {
      if (done.has(id)) return;
      const note = `(not run: the batch process ended before it, ${signal ?? `exit ${code}`})\n${stray.stderr}`;
      settle[id]!({
        code: id === current ? code : null,
        signal: id === current ? signal : null,
        stdout: id === current ? stray.stdout : '',
        stderr: id === current ? stray.stderr : note,
        stdoutBytes: 0,
        stderrBytes: 0,
        peakRssMb: Number.NaN,
        ms: 0,
        timedOut: id === current ? timedOut : true,
        pollution: [],
      });
    });
  });
  return results;
}
