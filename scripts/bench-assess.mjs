#!/usr/bin/env node
// Milliseconds from spawning `node bin/outsource.js assess` in a real
// pseudo-terminal (tmux, 80x30) until its first question is on screen; the
// median of 5 runs after one warm-up. Prints one line of JSON on stdout:
//   {"ms": 182.4, "runs": [...], "budget": 300}
// `npm run bench` (scripts/bench.mjs) calls it. Needs tmux and a build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'outsource.js');
const FIRST_QUESTION = '? Step 2: list the first process you might outsource';
const RUNS = 5;
const TIMEOUT_MS = 10_000;

if (!existsSync(join(root, 'dist', 'cli.js'))) fail('dist/cli.js is missing: run `npm run build` first');
if (spawnSync('tmux', ['-V']).status !== 0) fail('tmux is not installed');

const socket = `outsource-bench-assess-${process.pid}`;
const tmux = (...args) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
// An empty folder per run: no saved session, so the first question is the first of a new interview (and a
// killed run that has not exited yet still holds its session lock, which would put the next run in a waiting question).
const dir = mkdtempSync(join(tmpdir(), 'outsource-bench-assess-'));

try {
  // The tmux server is started beforehand, so its start-up is not counted.
  tmux('new-session', '-d', '-s', 'holder', 'sleep 600');
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const ms = firstQuestion(`run${i}`);
    if (i > 0) times.push(ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  process.stdout.write(`${JSON.stringify({ ms: round(median), runs: times.map(round), budget: 300 })}\n`);
} finally {
  tmux('kill-server');
  rmSync(dir, { recursive: true, force: true });
}

function firstQuestion(session) {
  const cwd = join(dir, session);
  mkdirSync(cwd);
  const start = process.hrtime.bigint();
  const started = tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '30', '-c', cwd, `exec env NO_COLOR=1 ${process.execPath} ${bin} assess`);
  if (started.status !== 0) fail(`tmux new-session failed: ${started.stderr}`);
  for (;;) {
    const screen = tmux('capture-pane', '-p', '-t', session).stdout ?? '';
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (screen.includes(FIRST_QUESTION)) {
      tmux('kill-session', '-t', session);
      return ms;
    }
    if (ms > TIMEOUT_MS) fail(`no first question after ${TIMEOUT_MS} ms; screen:\n${screen}`);
  }
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

function fail(message) {
  process.stderr.write(`bench-assess: ${message}\n`);
  process.exit(2);
}
