import { readdirSync, rmSync } from 'node:fs';
import { chown, lstat, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.js';
import { describeFsError } from './read-input.js';

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Temporary files being written now: removed if the process is stopped by a signal meanwhile. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  stopWatching();
  // Alone, this listener took the signal's default action away: give it back.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (pending.size === 1) for (const s of SIGNALS) process.on(s, onSignal);
}

function stopWatching(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
}

const TEMP = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

/** Temporary files left beside `path` by a writer that was killed (its pid is gone): removed before writing again. */
function removeStaleTemps(path: string): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name || Number(m[2]) === process.pid) continue;
    try {
      process.kill(Number(m[2]), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dirname(path), entry), { force: true });
    }
  }
}

/**
 * Writes the whole file or nothing: a temporary file beside the target is
 * written, flushed to disk and renamed over it, so a crash at any moment
 * leaves either the old file or the new one, never a torn one. A file
 * overwritten keeps its permissions (a 0600 file stays private) and, where
 * the user may, its owner. A device or a pipe (/dev/stdout) is written
 * straight through: renaming over it would replace the device.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | Iterable<string>,
  options: { force?: boolean; shownAs?: string } = {},
): Promise<void> {
  const shown = options.shownAs ?? path;
  let before;
  try {
    before = await lstat(path);
    if (before.isSymbolicLink()) before = await stat(path);
  } catch {
    before = undefined;
  }
  if (before && !options.force) throw new UserError(`${shown}: already exists; use --force to overwrite it`);
  if (before && (before.isCharacterDevice() || before.isFIFO())) return writeThrough(path, content, shown);
  if (before && !before.isFile()) throw new UserError(`${shown}: is not a regular file; give the name of a file to write`);
  removeStaleTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'wx', before ? before.mode & 0o7777 : 0o644);
    pending.add(temp);
    watchSignals();
    try {
      // Chunks (a large JSON or CSV output) are written one by one, never joined.
      await writeFile(handle, content, content instanceof Uint8Array ? undefined : 'utf8');
      if (before) {
        // open() applies the umask; the old file's mode is restored exactly.
        await handle.chmod(before.mode & 0o7777);
        await chown(temp, before.uid, before.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    // Only a file system error is a failure to write; one raised while rendering the chunks is left as it is.
    if (error instanceof UserError || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    throw new UserError(`${shown}: cannot write: ${describeFsError(error)}`);
  } finally {
    pending.delete(temp);
    if (pending.size === 0) stopWatching();
  }
}

async function writeThrough(path: string, content: string | Uint8Array | Iterable<string>, shown: string): Promise<void> {
  try {
    const handle = await open(path, 'w');
    try {
      await writeFile(handle, content, content instanceof Uint8Array ? undefined : 'utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UserError(`${shown}: cannot write: ${describeFsError(error)}`);
  }
}
