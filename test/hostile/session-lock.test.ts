/**
 * Two `assess` runs in one folder silently lost one side's answers. The
 * interview now locks its session file: a second run says who holds it and
 * stops; a lock left by a process that is gone is taken over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockSession } from '../../src/commands/assess/session-lock.js';

const dir = mkdtempSync(join(tmpdir(), 'outsource-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = join(dir, '.outsource-session.json');

describe('the session lock', () => {
  it('refuses a second interview while the first one runs, naming its process', () => {
    writeFileSync(`${session}.lock`, `${process.ppid}\n`);
    expect(() => lockSession(session, '.outsource-session.json')).toThrow(
      `.outsource-session.json is in use by another outsource assess (process ${process.ppid})`,
    );
    rmSync(`${session}.lock`);
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(`${session}.lock`, `${dead}\n`);
    const release = lockSession(session, '.outsource-session.json');
    expect(existsSync(`${session}.lock`)).toBe(true);
    release();
    expect(existsSync(`${session}.lock`)).toBe(false);
  });
});
