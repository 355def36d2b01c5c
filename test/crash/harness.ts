/**
 * Kills a writing command with SIGKILL and reports what is left on disk.
 * The command runs under test/crash/slow-write.cjs, so each write takes a few
 * hundred milliseconds and a kill can land in the middle of one.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { binPath, repoRoot } from '../helpers/paths.js';

export const slowWrite = join(repoRoot, 'test', 'crash', 'slow-write.cjs');

/** A seeded generator, so a failing run can be repeated (the one `--seed` uses). */
export { mulberry32 as seeded } from '../../src/core/sensitivity/prng.js';

/** Temporary files of atomic writes: `.name.pid.time.tmp`. */
export const tempFiles = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('.') && n.endsWith('.tmp'));

export type KillAt = { afterMs: number } | { afterTempFileMs: number };

export interface Killed {
  /** Whether the process was still running when the kill came (else it had finished). */
  killed: boolean;
  /** Whether a temporary file was there when the kill came: the kill landed mid-write. */
  midWrite: boolean;
}

/**
 * Runs `node [slow-write] script ...args` in `cwd` and kills it: after a fixed
 * delay, or a given time after a temporary file first appears in `cwd`.
 */
export async function runAndKill(args: string[], cwd: string, at: KillAt, script = binPath): Promise<Killed> {
  const child = spawn(process.execPath, ['--require', slowWrite, script, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
  let exited = false;
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  void done.then(() => (exited = true));
  if ('afterMs' in at) await Promise.race([sleep(at.afterMs), done]);
  else {
    const start = Date.now();
    while (!exited && tempFiles(cwd).length === 0 && Date.now() - start < 10_000) await sleep(1);
    await Promise.race([sleep(at.afterTempFileMs), done]);
  }
  const midWrite = !exited && tempFiles(cwd).length > 0;
  const killed = !exited;
  if (killed) child.kill('SIGKILL');
  await done;
  return { killed, midWrite };
}

/** Runs the command to the end (under the same slow writes): exit code and milliseconds. */
export async function runToEnd(args: string[], cwd: string, script = binPath): Promise<{ code: number | null; ms: number }> {
  const start = Date.now();
  const child = spawn(process.execPath, ['--require', slowWrite, script, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, ms: Date.now() - start };
}
