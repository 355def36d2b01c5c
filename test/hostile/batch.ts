/**
 * Many hostile runs in one Node process (test/hostile/batch-child.mjs), for
 * suites that run the CLI hundreds of times: starting Node and loading the
 * CLI once per suite instead of once per run is most of what they cost.
 * Every run is still measured on its own (peak memory, prototypes, streams,
 * exit code), one at a time, and a run that hangs is killed after
 * KILL_AFTER_MS, failing it and the runs queued after it. What only a fresh
 * process shows is covered by runMeasured, which the suites keep for one run
 * of each path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const childScript = join(repoRoot, 'test', 'hostile', 'batch-child.mjs');
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
type Message = { type: 'ready' } | { type: 'start'; id: number } | Result;

/** One Node process with the built CLI loaded, running the cases given to `run` one after the other. */
export class Batch {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, (m: Measured) => void>();
  private readonly unsent: object[] = [];
  private ready = false;
  private ended = false;
  private exited = false;
  private exit: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null };
  private next = 0;
  private current = -1;
  private timedOut = false;
  private timer: NodeJS.Timeout | undefined;
  // Output that bypassed the Io (a library writing to the process's streams) belongs to the run under way.
  private stray = { stdout: '', stderr: '' };

  constructor() {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    this.child = spawn(process.execPath, ['--expose-gc', childScript, cli, String(CAPTURE_LIMIT)], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stray.stdout += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stray.stderr += chunk.toString('utf8')));
    this.child.on('message', (message: Message) => this.receive(message));
    this.child.on('exit', (code, signal) => this.onExit(code, signal));
    this.watch();
  }

  /** Queues one run; resolves with its measurements once it has run. */
  run(c: BatchCase): Promise<Measured> {
    const id = this.next++;
    const result = new Promise<Measured>((resolve) => this.waiting.set(id, resolve));
    if (this.exited) this.fail(id);
    else this.send({ type: 'case', id, args: c.args, cwd: c.cwd ?? repoRoot, input: c.stdinFile, tty: c.tty });
    return result;
  }

  /** Lets the process end once the queued runs are done. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.exited) this.send({ type: 'end' });
  }

  private send(message: object): void {
    if (this.ready) this.child.send(message);
    else this.unsent.push(message);
  }

  /** The kill timer runs while a run is under way or the process is starting. */
  private watch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.child.kill('SIGKILL');
    }, KILL_AFTER_MS);
  }

  private receive(message: Message): void {
    if (message.type === 'ready') {
      clearTimeout(this.timer);
      this.ready = true;
      for (const m of this.unsent.splice(0)) this.child.send(m);
      return;
    }
    if (message.type === 'start') {
      this.current = message.id;
      this.watch();
      return;
    }
    clearTimeout(this.timer);
    const { stdout, stderr } = this.stray;
    this.stray = { stdout: '', stderr: '' };
    this.waiting.get(message.id)?.({
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
    this.waiting.delete(message.id);
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    clearTimeout(this.timer);
    this.exited = true;
    this.exit = { code, signal };
    for (const id of [...this.waiting.keys()]) this.fail(id);
  }

  /** A run that was under way when the process ended, or that never ran. */
  private fail(id: number): void {
    const under = id === this.current;
    const { code, signal } = this.exit;
    this.waiting.get(id)?.({
      code: under ? code : null,
      signal: under ? signal : null,
      stdout: under ? this.stray.stdout : '',
      stderr: under ? this.stray.stderr : `(not run: the batch process ended before it, ${signal ?? `exit ${code}`})\n${this.stray.stderr}`,
      stdoutBytes: 0,
      stderrBytes: 0,
      peakRssMb: Number.NaN,
      ms: 0,
      timedOut: under ? this.timedOut : true,
      pollution: [],
    });
    this.waiting.delete(id);
  }
}

/** Runs the cases one after the other in one process; one promise per case, in order. */
export function runBatch(cases: readonly BatchCase[]): Promise<Measured>[] {
  const batch = new Batch();
  const results = cases.map((c) => batch.run(c));
  batch.end();
  return results;
}
