/**
 * Drives `outsource assess` in a real pseudo-terminal: a private tmux server
 * (its own socket, so nothing else's tmux is touched), one 80x30 pane.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { requireTool } from '../helpers/require-tool.js';

export const tmuxAvailable = (): boolean => spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

let counter = 0;

export class Tmux {
  readonly socket = `outsource-assess-test-${process.pid}-${Date.now()}-${counter++}`;
  private readonly confDir = mkdtempSync(join(tmpdir(), 'outsource-tmux-'));
  private session: string | undefined;
  private statusFile = '';
  private runs = 0;

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', join(this.confDir, 'tmux.conf'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /**
   * Runs `command` in a fresh 80x30 pane. A shell around it records its exit
   * status in a file: tmux's own pane_dead_status is not always filled in.
   */
  start(command: string, cwd: string, env: Record<string, string> = {}, columns = 80): void {
    writeFileSync(join(this.confDir, 'tmux.conf'), 'set -g remain-on-exit on\nset -g history-limit 20000\nset -g default-terminal "screen"\n');
    const previous = this.session;
    this.session = `run${this.runs++}`;
    this.statusFile = join(this.confDir, `${this.session}.status`);
    const exports = Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ');
    const script = `env ${exports} ${command}; echo $? > ${shellQuote(this.statusFile)}`;
    this.tmux(['new-session', '-d', '-s', this.session, '-x', String(columns), '-y', '30', '-c', cwd, script]);
    // The new session exists before the old one goes, so the server keeps running.
    if (previous) this.tmux(['kill-session', '-t', previous]);
  }

  private get target(): string {
    if (!this.session) throw new Error('nothing started');
    return this.session;
  }

  /** The visible screen, 30 lines of at most 80 columns. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.target]);
  }

  /** The visible screen with its colours and attributes as escape sequences. */
  styledScreen(): string {
    return this.tmux(['capture-pane', '-p', '-e', '-t', this.target]);
  }

  /** Everything printed since the start, wrapped lines joined. */
  history(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.target]);
  }

  /** The program's pid: the only child of the shell in the pane. */
  pid(): number {
    const shell = Number(this.tmux(['display-message', '-p', '-t', this.target, '#{pane_pid}']).trim());
    const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    if (children.length !== 1) throw new Error(`expected one program under the pane's shell, found ${children.length}`);
    return Number(children[0]);
  }

  /** null while the program runs, its exit status once it has ended (128 + n when killed by signal n). */
  exitStatus(): number | null {
    if (!existsSync(this.statusFile)) return null;
    const text = readFileSync(this.statusFile, 'utf8').trim();
    return text === '' ? null : Number(text);
  }

  /**
   * The exit status, once tmux has also read everything the program printed:
   * the status file is written as the program ends, but on a busy machine
   * tmux may still be reading the terminal's last output then. The pane is
   * dead (remain-on-exit) only after tmux has read to the end.
   */
  async waitForExit(timeout = 15_000): Promise<number> {
    const end = Date.now() + timeout;
    for (;;) {
      const status = this.exitStatus();
      if (status !== null && this.tmux(['display-message', '-p', '-t', this.target, '#{pane_dead}']).trim() === '1') return status;
      if (Date.now() > end) throw new Error(`the program did not exit; screen:\n${this.screen()}`);
      await sleep(50);
    }
  }

  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.target, ...keys]);
  }

  text(text: string): void {
    this.tmux(['send-keys', '-t', this.target, '-l', text]);
  }

  /** The question being asked: from the last line that starts with "? " to the end of the output. */
  activeQuestion(): string | undefined {
    const lines = this.history().trimEnd().split('\n');
    const at = lines.findLastIndex((l) => l.startsWith('? ') || l.startsWith('✔ '));
    if (at === -1 || !lines[at]?.startsWith('? ')) return undefined;
    return lines.slice(at).join('\n');
  }

  /** Waits until the question asked matches `pattern`. */
  async waitForQuestion(pattern: RegExp | string, timeout = 15_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const q = this.activeQuestion()?.replace(/\n\s*/g, ' ');
      if (q !== undefined && (typeof pattern === 'string' ? q.includes(pattern) : pattern.test(q))) return q;
      if (this.exitStatus() !== null) throw new Error(`the program exited while waiting for ${String(pattern)}:\n${this.history()}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${this.screen()}`);
      await sleep(25);
    }
  }

  /** Waits for the text anywhere in the output. */
  async waitForText(pattern: RegExp | string, timeout = 15_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const all = this.history();
      if (typeof pattern === 'string' ? all.includes(pattern) : pattern.test(all)) return all;
      if (Date.now() > end) throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${this.screen()}`);
      await sleep(25);
    }
  }

  private answered(): number {
    return this.history()
      .split('\n')
      .filter((l) => l.startsWith('✔ ')).length;
  }

  /**
   * Answers the question matching `question` with `keys` (send-keys names;
   * text in a `{ text }` entry is typed literally), then waits until the
   * terminal shows it as answered.
   */
  async answer(question: RegExp | string, ...keys: (string | { text: string })[]): Promise<void> {
    await this.waitForQuestion(question);
    const before = this.answered();
    for (const key of keys) {
      if (typeof key === 'string') this.keys(key);
      else this.text(key.text);
    }
    const end = Date.now() + 15_000;
    while (this.answered() <= before) {
      if (this.exitStatus() !== null) return;
      if (Date.now() > end) throw new Error(`the answer to ${String(question)} was not taken; screen:\n${this.screen()}`);
      await sleep(25);
    }
  }

  /** Ends the tmux server, whatever still runs in it, and its files. */
  kill(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // already gone
    }
    rmSync(this.confDir, { recursive: true, force: true });
  }
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface TerminalSuite {
  /** Whether the suite can run: tmux is here. Under CI=true a missing tmux throws instead (require-tool.ts). */
  readonly available: boolean;
  /** A fresh tmux server and a fresh empty folder; the previous ones are ended and removed first. */
  open(): { tmux: Tmux; dir: string };
  /** Ends the tmux server, whatever still runs in it, and removes the folder; done after every test too. */
  close(): void;
}

/**
 * The setup every terminal suite shares: call it once at the top of the file.
 * It checks that tmux is here and that dist/ is built, and ends each test's
 * tmux server and removes its folder after the test, passed or failed.
 */
export function terminalSuite(folderPrefix = 'outsource-assess-'): TerminalSuite {
  const available = requireTool('tmux', tmuxAvailable());
  let tmux: Tmux | undefined;
  let dir: string | undefined;
  const close = () => {
    tmux?.kill();
    tmux = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  beforeAll(() => {
    if (available && !existsSync(join(repoRoot, 'dist', 'cli.js'))) throw new Error('run `npm run build` before the end-to-end tests');
  });
  afterEach(close);
  return {
    available,
    open() {
      close();
      dir = mkdtempSync(join(tmpdir(), folderPrefix));
      tmux = new Tmux();
      return { tmux, dir };
    },
    close,
  };
}
