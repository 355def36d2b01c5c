import { open, rename, rm, stat } from 'node:fs/promises';
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

/**
 * Writes the whole file or nothing: a temporary file beside the target is
 * written, flushed to disk and renamed over it, so a crash at any moment
 * leaves either the old file or the new one, never a torn one.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { force?: boolean; shownAs?: string } = {}): Promise<void> {
  const shown = options.shownAs ?? path;
  if (!options.force && (await exists(path))) {
    throw new UserError(`${shown}: already exists; use --force to overwrite it`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`${shown}: cannot write: ${describeFsError(error)}`);
  }
}
