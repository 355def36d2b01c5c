/**
 * Runs the built binary on hostile input and measures what it cost:
 * `node --require rss.cjs --require proto-guard.cjs bin/outsource.js ...`.
 * The peak resident memory comes from the process itself (scripts/bench/rss.cjs);
 * prototype pollution from test/hostile/proto-guard.cjs. Wall time is recorded
 * for docs/security.md but never asserted: the only timing rule is a generous
 * kill timeout, so that a hang fails instead of blocking the suite.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { binPath, repoRoot } from '../helpers/paths.js';

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Bytes written to each stream; the captured text is cut at CAPTURE_LIMIT. */
  stdoutBytes: number;
  stderrBytes: number;
  peakRssMb: number;
  ms: number;
  timedOut: boolean;
  /** Properties that appeared on built-in prototypes while the process ran. */
  pollution: string[];
}

/** A hang is a failure: any run still going after this long is killed. Refusals should take 2 s at most; this only catches hangs. */
export const KILL_AFTER_MS = 20_000;
export const MEMORY_BUDGET_MB = 500;
const CAPTURE_LIMIT = 1 << 20;

const rssPreload = join(repoRoot, 'scripts', 'bench', 'rss.cjs');
const protoPreload = join(repoRoot, 'test', 'hostile', 'proto-guard.cjs');

export interface MeasureOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /**
   * Run in a pseudo-terminal (`script`), for commands that need one (assess).
   * stdout and stderr then arrive together, as `stderr`, with CRLF made LF.
   */
  tty?: boolean;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export function runMeasured(args: readonly string[], options: MeasureOptions = {}): Promise<Measured> {
  if (!existsSync(join(repoRoot, 'dist', 'cli.js'))) return Promise.reject(new Error('dist/cli.js is missing: run `npm run build` first'));
  const scratch = mkdtempSync(join(tmpdir(), 'outsource-measure-'));
  const rssFile = join(scratch, 'rss');
  const protoFile = join(scratch, 'proto');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile, PROTO_GUARD_FILE: protoFile, ...options.env };
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const argv = [process.execPath, '--require', rssPreload, '--require', protoPreload, binPath, ...args];
    const child = options.tty
      ? spawn('script', ['-qec', argv.map(shellQuote).join(' '), '/dev/null'], {
          cwd: options.cwd ?? repoRoot,
          env,
          stdio: ['pipe', 'pipe', 'pipe'],
          detached: true,
        })
      : spawn(argv[0]!, argv.slice(1), { cwd: options.cwd ?? repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const capture = () => ({ chunks: [] as Buffer[], bytes: 0 });
    const out = capture();
    const err = capture();
    const collect = (into: ReturnType<typeof capture>) => (chunk: Buffer) => {
      if (into.bytes < CAPTURE_LIMIT) into.chunks.push(chunk);
      into.bytes += chunk.length;
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole group: under `script`, the CLI is a grandchild.
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const peakRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
      const pollution = existsSync(protoFile) ? (JSON.parse(readFileSync(protoFile, 'utf8')) as string[]) : ['(proto guard did not report)'];
      rmSync(scratch, { recursive: true, force: true });
      const stdout = Buffer.concat(out.chunks).toString('utf8');
      const stderr = Buffer.concat(err.chunks).toString('utf8');
      resolve({
        code,
        signal,
        stdout: options.tty ? '' : stdout,
        stderr: options.tty ? (stdout + stderr).replace(/\r\n/g, '\n') : stderr,
        stdoutBytes: options.tty ? 0 : out.bytes,
        stderrBytes: options.tty ? out.bytes + err.bytes : err.bytes,
        peakRssMb,
        ms,
        timedOut,
        pollution,
      });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Characters that must never reach a terminal from the data: C0 controls
 * other than newline (ESC starts ANSI/OSC sequences, BEL ends OSC), DEL, C1
 * (0x9b is a one-byte CSI), zero-width and bidi controls (Trojan Source).
 */
// eslint-disable-next-line no-control-regex
export const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** A stack frame as Node prints it: "    at fn (file:line:col)". */
const STACK_FRAME = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

export function expectSafeStreams(r: Measured, { stdoutIsText = true }: { stdoutIsText?: boolean } = {}): void {
  expect(r.timedOut, 'the run hung and was killed').toBe(false);
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stdout).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(TERMINAL_UNSAFE);
  if (stdoutIsText) expect(r.stdout).not.toMatch(TERMINAL_UNSAFE);
  // JSON escapes C0 controls, so no ESC or BEL reaches a pipe in any format; C1 and bidi
  // characters stay raw in JSON on a pipe (exact data) and are escaped on a terminal (process-io.ts).
  // eslint-disable-next-line no-control-regex
  expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
  expect(r.pollution).toEqual([]);
  expect(r.peakRssMb).toBeLessThan(MEMORY_BUDGET_MB);
}

/** Exit 2 with a few clear lines on stderr and nothing on stdout. */
export function expectCleanRefusal(r: Measured): void {
  expectSafeStreams(r);
  expect(r.code, `stderr: ${r.stderr.slice(0, 500)}`).toBe(2);
  expect(r.stdoutBytes).toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThanOrEqual(1);
  // At most 20 problems are listed, then one "... and N more" line.
  expect(lines.length).toBeLessThanOrEqual(21);
  for (const line of lines) {
    expect(line).toMatch(/^outsource: \S/);
    // A message never echoes a huge value back.
    expect(line.length).toBeLessThanOrEqual(400);
  }
}

/** Every measured run, for the table in docs/security.md (printed with OUTSOURCE_HOSTILE_REPORT=1). */
export const measurements: { label: string; ms: number; peakRssMb: number; code: number | null }[] = [];

export function record(label: string, r: Measured): Measured {
  measurements.push({ label, ms: r.ms, peakRssMb: r.peakRssMb, code: r.code });
  return r;
}

export function printMeasurements(title: string): void {
  if (!process.env.OUTSOURCE_HOSTILE_REPORT) return;
  const rows = [...measurements].sort((a, b) => b.ms - a.ms);
  const text = rows.map((m) => `| ${m.label} | ${m.code} | ${m.ms.toFixed(0)} | ${m.peakRssMb.toFixed(0)} |`).join('\n');
  process.stderr.write(`\n${title}\n| run | exit | ms | peak MB |\n|---|---:|---:|---:|\n${text}\n`);
}
