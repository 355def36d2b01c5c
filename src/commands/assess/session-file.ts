import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sessionShape, type Session } from '../../core/interview/session.js';
import { describeFsError } from '../../cli/read-input.js';
import { writeFileAtomic } from '../../cli/write-file.js';

export const SESSION_FILE = '.outsource-session.json';

/** The session lives beside the inventory it will become, so `--out` finds it again. */
export const sessionPathFor = (outPath: string): string => join(dirname(outPath), SESSION_FILE);

export type SavedSession = { kind: 'none' } | { kind: 'ok'; session: Session } | { kind: 'broken'; reason: string };

export async function readSession(path: string): Promise<SavedSession> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'broken', reason: describeFsError(error) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'broken', reason: 'it is not valid JSON' };
  }
  const parsed = sessionShape.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'broken', reason: `${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}` };
  }
  return { kind: 'ok', session: parsed.data };
}

/**
 * Every save replaces the whole file through a temporary file and a rename,
 * so a crash or `kill -9` leaves the previous answers or the new ones, never
 * half a file.
 */
export async function saveSession(path: string, session: Session, shownAs: string): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(session, null, 1)}\n`, { force: true, shownAs });
}

/** Keeps an unreadable session for the user to inspect, out of the way of a new one. */
export async function setAsideBroken(path: string): Promise<string> {
  const aside = `${path}.broken`;
  await rename(path, aside);
  return aside;
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Temporary files of saves that a killed interview never renamed into place. */
export async function removeStaleTemps(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) await rm(join(dir, name), { force: true });
  }
}
