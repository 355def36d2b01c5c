import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { UserError } from '../../io/errors.js';

/**
 * One interview per session file: two `assess` runs in one folder would each
 * replay and save their own answers, and the last save would silently drop
 * the other's. A lock file beside the session holds the owner's pid; a lock
 * whose process is gone (killed, machine restarted) is taken over.
 */
export function lockSession(sessionPath: string, shown: string): () => void {
  const lock = `${sessionPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      const release = () => rmSync(lock, { force: true });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return () => undefined;
    }
    const pid = Number(readFileSafe(lock).trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
      throw new UserError(`${shown} is in use by another outsource assess (process ${pid}); wait for it to finish, or give --out a file in another folder`);
    }
    rmSync(lock, { force: true });
  }
  return () => undefined;
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').slice(0, 32);
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
