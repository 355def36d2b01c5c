/**
 * Three ways to run `outsource` from a test, with the same result shape:
 *
 * - `runBin(args)` spawns the built binary (`node bin/outsource.js`), the way
 *   a user or CI runs it. Use it for end-to-end tests: exit codes, what goes
 *   to stdout and stderr, colour, --help. Needs `npm run build` first.
 * - `runInProcess(args)` calls `run(argv, io)` from `src/cli.ts` with a fake
 *   `Io`: no build, no subprocess, the source under test. Use it for
 *   command behaviour when spawning would only add time. `fakeIo()` is the
 *   same fake, for tests that call a command function directly.
 * - `runBinInTerminal(args)` spawns the binary on a pseudo-terminal (through
 *   util-linux `script`), for what only happens on a TTY, such as colour by
 *   default. Check `canRunInTerminal` first; stdout and stderr come merged.
 *
 * All return `{ code, stdout, stderr }`. None throws on a non-zero exit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../../src/io/io.js';
import { binPath, repoRoot } from './paths.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working directory; defaults to the repository root. */
  cwd?: string;
  /** Piped to stdin. Without it, `runBin` gives an empty, closed stdin and `runInProcess` a TTY-like stdin. */
  input?: string | Buffer;
  /**
   * Environment overrides. `runBin` starts from the test's environment with
   * `NO_COLOR=1` and without `FORCE_COLOR`; a value of `undefined` removes a
   * variable, so `{ NO_COLOR: undefined, FORCE_COLOR: '1' }` asks for colour.
   */
  env?: Record<string, string | undefined>;
}

function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Spawns `node bin/outsource.js ...args` and collects its output and exit code. */
export function runBin(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  if (!existsSync(join(repoRoot, 'dist', 'cli.js'))) {
    return Promise.reject(new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests'));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: childEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : -1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
  });
}

export interface InProcessOptions extends RunOptions {
  /** What `io.color` says (NO_COLOR/FORCE_COLOR/TTY already decided); default false. */
  color?: boolean;
  /** Terminal width for tables; default 100. */
  columns?: number;
}

/** A fake `Io` that records what a command writes; exposed for tests that call a command function directly. */
export function fakeIo(options: InProcessOptions = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const input = options.input;
  return {
    out,
    err,
    cwd: options.cwd ?? repoRoot,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    color: options.color ?? false,
    columns: options.columns ?? 100,
    rows: 24,
    onInterrupt: () => () => undefined,
    stdinIsTTY: input === undefined,
    stdoutIsTTY: false,
    readStdin: () => Promise.resolve(typeof input === 'string' ? Buffer.from(input, 'utf8') : (input ?? Buffer.alloc(0))),
    env: { NO_COLOR: '1', ...options.env },
  };
}

/** Runs `outsource ...args` in this process, through `run()` of src/cli.ts, with a fake `Io`. */
export async function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<CliResult> {
  const { run } = await import('../../src/cli.js');
  const io = fakeIo(options);
  const code = await run([...args], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/** Whether util-linux `script` is here to give the binary a pseudo-terminal. */
export const canRunInTerminal: boolean = process.platform === 'linux' && spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Runs the binary with stdout and stderr on a pseudo-terminal. The terminal
 * turns "\n" into "\r\n"; that is undone here. `stderr` is always empty
 * because the terminal merges both streams into `stdout`.
 */
export function runBinInTerminal(args: readonly string[], options: Omit<RunOptions, 'input'> = {}): Promise<CliResult> {
  const command = [process.execPath, binPath, ...args].map(shellQuote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: options.cwd ?? repoRoot,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8').replaceAll('\r\n', '\n'), stderr: '' }));
  });
}
