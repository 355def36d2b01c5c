/**
 * Two `assess` runs in one folder silently lost one side's answers. The
 * interview now locks its session file: a second run says who holds it and
 * offers to look read-only, to wait, or to quit (without a terminal: one line
 * and exit 2); a lock left by a process that is gone is taken over, and
 * "start over" never deletes a session another interview holds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../src/commands/assess/index.js';
import { describeHolder, lockHolder, tryLockSession } from '../../src/commands/assess/session-lock.js';
import { ScriptedPrompter, sel, typed, type Step } from '../assess/scripted.js';
import { Tmux, tmuxAvailable } from '../assess/tmux.js';
import { fakeIo, runBin, runInProcess } from '../helpers/cli.js';
import { binPath } from '../helpers/paths.js';
import { requireTool } from '../helpers/require-tool.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const session = () => join(dir, '.outsource-session.json');
const lockFile = () => `${session()}.lock`;

/** A live process that is not this one: the test runner's parent. */
const OTHER = process.ppid;
const STARTED = '2030-05-06T07:00:00.000Z';
const holdAsOther = () => writeFileSync(lockFile(), `${JSON.stringify({ pid: OTHER, host: hostname(), started: STARTED, token: 'theirs' })}\n`);
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

/** Two processes listed, the first one answered at step 3; then the script runs out (Ctrl-C). */
const HALF_AN_INTERVIEW: Step[] = [
  sel('type'),
  typed('Banner resizing'),
  sel('f:creative production'),
  sel('type'),
  typed('Server patching'),
  sel('f:IT operations'),
  sel('done'),
  sel('1'),
  sel('5'),
  sel('4'),
];

async function runAssess(
  script: Step[],
  options: { onAsk?: ConstructorParameters<typeof ScriptedPrompter>[1]; interrupt?: (stop: () => void) => void; out?: string } = {},
) {
  const io = fakeIo({ cwd: dir });
  if (options.interrupt) {
    const interrupt = options.interrupt;
    io.onInterrupt = (handler) => {
      interrupt(handler);
      return () => undefined;
    };
  }
  const prompter = new ScriptedPrompter(script, options.onAsk);
  const code = await assess(options.out === undefined ? {} : { out: options.out }, io, { prompter: () => prompter, now: () => '2030-05-06T07:08:09.000Z' });
  return { code, prompter, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('the session lock', () => {
  it('says who holds it: process, host when it is another, and when it started', () => {
    holdAsOther();
    const attempt = tryLockSession(session());
    expect(attempt.ok).toBe(false);
    if (attempt.ok) return;
    expect(attempt.holder).toEqual({ pid: OTHER, host: hostname(), started: STARTED });
    expect(describeHolder(attempt.holder, new Date('2030-05-06T07:12:00.000Z'))).toBe(`process ${OTHER}, started 2030-05-06 07:00 UTC (12 minutes ago)`);
    expect(describeHolder({ pid: 7, host: 'build-\u001b]52;c;aGk=\u0007box' })).toBe('process 7 on host build-\\x1b]52;c;aGk=\\x07box');
    // A lock written by an older version holds the pid alone.
    writeFileSync(lockFile(), `${OTHER}\n`);
    expect(lockHolder(session())).toEqual({ pid: OTHER });
  });

  it('takes over a lock whose process is gone, releases it, and never removes a lock taken over since', () => {
    writeFileSync(lockFile(), `${JSON.stringify({ pid: deadPid(), host: hostname(), started: STARTED })}\n`);
    const attempt = tryLockSession(session());
    if (!attempt.ok) throw new Error('the dead holder was not taken over');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(attempt.lock.holds()).toBe(true);
    holdAsOther();
    expect(attempt.lock.holds()).toBe(false);
    attempt.lock.release();
    expect(lockHolder(session())?.pid).toBe(OTHER);
  });

  it('reads a lock replaced by a FIFO or a link to /dev/zero without hanging or filling memory', () => {
    execFileSync('mkfifo', [lockFile()]);
    expect(lockHolder(session())).toBeUndefined();
    rmSync(lockFile());
    symlinkSync('/dev/zero', lockFile());
    expect(lockHolder(session())).toBeUndefined();
  });
});

describe('a second assess in the same folder', () => {
  it('without a terminal exits 2 with one line saying who holds it', async () => {
    holdAsOther();
    const result = await runInProcess(['assess'], { input: '', cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^outsource: \\.outsource-session\\.json is in use by another outsource assess \\(process ${OTHER}, started 2030-05-06 07:00 UTC \\([^)]+\\)\\); wait for it to finish, or give --out a file in another folder\\n$`,
      ),
    );
  });

  it('offers read-only, wait or quit; quit leaves everything as it was', async () => {
    await runAssess(HALF_AN_INTERVIEW);
    holdAsOther();
    const before = readFileSync(session(), 'utf8');
    const { code, prompter } = await runAssess([sel('quit')]);
    expect(code).toBe(0);
    const question = prompter.asked[0]!;
    expect(question.message).toMatch(
      new RegExp(`^\\.outsource-session\\.json is in use by another outsource assess \\(process ${OTHER}, started 2030-05-06 07:00 UTC`),
    );
    expect(question.choices?.map((c) => c.value)).toEqual(['read-only', 'wait', 'quit']);
    expect(readFileSync(session(), 'utf8')).toBe(before);
    expect(lockHolder(session())?.pid).toBe(OTHER);
  });

  it('read-only shows what is listed and answered so far and the shortlist so far, and writes nothing', async () => {
    await runAssess(HALF_AN_INTERVIEW);
    holdAsOther();
    const before = readFileSync(session(), 'utf8');
    const { code, prompter, stdout, stderr } = await runAssess([sel('read-only')]);
    expect(code).toBe(0);
    expect(prompter.asked).toHaveLength(1);
    const said = prompter.said.join('\n');
    expect(said).toContain('Read-only: 2 processes listed:');
    expect(said).toMatch(/- Banner resizing \(banner-resizing; creative production\): 3 of \d+ answered/);
    expect(said).toMatch(/- Server patching \(server-patching; IT operations\): 0 of \d+ answered/);
    expect(said).toContain('Shortlist');
    expect(said).toContain('Read-only: nothing was written. Run `outsource assess` again once the other interview has ended to continue it.');
    expect(stdout + stderr).toBe('');
    expect(readFileSync(session(), 'utf8')).toBe(before);
    expect(lockHolder(session())?.pid).toBe(OTHER);
  });

  it('read-only before the other interview has saved anything says so', async () => {
    holdAsOther();
    const { code, prompter } = await runAssess([sel('read-only')]);
    expect(code).toBe(0);
    expect(prompter.said.join('\n')).toContain('Nothing is saved in .outsource-session.json yet');
    expect(existsSync(session())).toBe(false);
  });

  it('wait polls until the lock is released, then goes on to the saved interview', async () => {
    await runAssess(HALF_AN_INTERVIEW);
    holdAsOther();
    setTimeout(() => rmSync(lockFile()), 300);
    const { code, prompter } = await runAssess([sel('wait'), sel('quit', 'An unfinished interview is saved')]);
    expect(code).toBe(0);
    expect(prompter.said.join('\n')).toContain(`Waiting for process ${OTHER}, started 2030-05-06 07:00 UTC`);
    expect(prompter.said.join('\n')).toContain('The other interview has ended; continuing here.');
    expect(existsSync(session())).toBe(true);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('Ctrl-C while waiting leaves cleanly: exit 130, nothing written, the other lock untouched', async () => {
    await runAssess(HALF_AN_INTERVIEW);
    holdAsOther();
    const before = readFileSync(session(), 'utf8');
    const { code, stderr } = await runAssess([sel('wait')], { interrupt: (stop) => setTimeout(stop, 200) });
    expect(code).toBe(130);
    expect(stderr).toBe('\noutsource: stopped waiting; nothing was written.\n');
    expect(readFileSync(session(), 'utf8')).toBe(before);
    expect(lockHolder(session())?.pid).toBe(OTHER);
  });

  it('"start over" deletes nothing when another interview has taken the session over', async () => {
    await runAssess(HALF_AN_INTERVIEW);
    const before = readFileSync(session(), 'utf8');
    const run = runAssess([sel('restart', 'An unfinished interview is saved')], {
      onAsk: (asked) => {
        if (asked.message.startsWith('An unfinished interview')) holdAsOther();
      },
    });
    await expect(run).rejects.toThrow('.outsource-session.json was taken over by another outsource assess; nothing was deleted, so its answers are safe');
    expect(readFileSync(session(), 'utf8')).toBe(before);
    expect(lockHolder(session())?.pid).toBe(OTHER);
  });

  it('a stale lock is taken over and the interview resumes as usual', async () => {
    await runAssess(HALF_AN_INTERVIEW);
    writeFileSync(lockFile(), `${deadPid()}\n`);
    const { code, prompter } = await runAssess([sel('quit', 'An unfinished interview is saved')]);
    expect(code).toBe(0);
    expect(prompter.asked).toHaveLength(1);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('--out in a folder that does not exist yet is locked from the first answer, when the folder is made', async () => {
    const newLock = join(dir, 'new', '.outsource-session.json.lock');
    const lockedAtQuestion: boolean[] = [];
    const { code } = await runAssess(HALF_AN_INTERVIEW, { out: 'new/inventory.yaml', onAsk: () => lockedAtQuestion.push(existsSync(newLock)) });
    expect(code).toBe(130);
    expect(lockedAtQuestion[0]).toBe(false);
    expect(lockedAtQuestion.at(-1)).toBe(true);
    expect(existsSync(join(dir, 'new', '.outsource-session.json'))).toBe(true);
    expect(existsSync(newLock)).toBe(false);
  });

  it('the built binary without a terminal names the holder in one line', async () => {
    holdAsOther();
    const result = await runBin(['assess'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`is in use by another outsource assess (process ${OTHER}`);
  });
});

describe.skipIf(!requireTool('tmux', tmuxAvailable()))('two interviews at once in real terminals', () => {
  const ENV = { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  const command = `node ${binPath} assess`;
  let first: Tmux | undefined;
  let second: Tmux | undefined;
  afterEach(() => {
    first?.kill();
    second?.kill();
    first = second = undefined;
  });

  it('the second one names the first, shows it read-only, waits for it, and stops waiting on Ctrl-C', async () => {
    const a = (first = new Tmux());
    const b = (second = new Tmux());
    a.start(command, dir, ENV);
    await a.answer('Step 2: list the first process', 't', 'Enter');
    await a.answer('Name of the process', { text: 'Banner resizing' }, 'Enter');
    await a.answer('Which function does "Banner resizing"', 'c', 'Enter');
    await a.waitForQuestion('1 process listed');
    const holder = a.pid();

    // Read-only: what the first one has listed, and nothing written.
    const saved = readFileSync(session(), 'utf8');
    b.start(command, dir, ENV);
    const asked = await b.waitForQuestion('is in use by another outsource assess');
    expect(asked).toContain(`(process ${holder}, started `);
    await b.answer('is in use by another outsource assess', 'l', 'Enter');
    expect(await b.waitForExit()).toBe(0);
    expect(b.history()).toContain('Read-only: 1 process listed so far:');
    expect(b.history()).toContain('- Banner resizing (banner-resizing; creative production): 0 of');
    expect(b.history()).toContain('Read-only: nothing was written. Run `outsource assess` again once the other');
    expect(readFileSync(session(), 'utf8')).toBe(saved);

    // Wait, then Ctrl-C: the second leaves, the first goes on.
    b.start(command, dir, ENV);
    await b.answer('is in use by another outsource assess', 'w', 'Enter');
    await b.waitForText(`Waiting for process ${holder}`);
    b.keys('C-c');
    expect(await b.waitForExit()).toBe(130);
    expect(b.history()).toContain('outsource: stopped waiting; nothing was written.');
    expect(a.exitStatus()).toBeNull();
    expect(lockHolder(session())?.pid).toBe(holder);

    // Wait until the first one stops: the second takes the session over and offers to resume it.
    b.start(command, dir, ENV);
    await b.answer('is in use by another outsource assess', 'w', 'Enter');
    await b.waitForText(`Waiting for process ${holder}`);
    a.keys('C-c');
    expect(await a.waitForExit()).toBe(130);
    await b.waitForText('The other interview has ended; continuing here.');
    const resume = await b.waitForQuestion('An unfinished interview is saved');
    expect(resume).toContain('(2 answers,');
    expect(lockHolder(session())?.pid).toBe(b.pid());
    await b.answer('An unfinished interview is saved', 'q', 'Enter');
    expect(await b.waitForExit()).toBe(0);
    expect(existsSync(session())).toBe(true);
    expect(existsSync(lockFile())).toBe(false);
  }, 60_000);
});
