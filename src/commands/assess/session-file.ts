import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Session } from '../../core/interview/session.js';
import { SESSION_KIND } from '../../core/interview/session-kind.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { readBounded } from '../../io/bounded-read.js';
import { describeFsError, MAX_INPUT_BYTES } from '../../io/read-input.js';

export const SESSION_FILE = '.outsource-session.json';

/** The session lives beside the inventory it will become, so `--out` finds it again. */
export const sessionPathFor = (outPath: string): string => join(dirname(outPath), SESSION_FILE);

/** What the resume question shows, read without the schema library. */
export interface SessionGlance {
  answers: number;
  updated: string;
  out: string;
}

export type SavedSession = { kind: 'none' } | { kind: 'found'; glance: SessionGlance; value: unknown } | { kind: 'broken'; reason: string };

/** Reads the session file and glances at it; `validateSession` checks it in full. */
export async function readSession(path: string): Promise<SavedSession> {
  // Bounded and regular files only: a session file linked to /dev/zero or made a FIFO must not fill memory or hang.
  const read = await readBounded(path, { limit: MAX_INPUT_BYTES });
  if (!read.ok) {
    if (read.code === 'ENOENT') return { kind: 'none' };
    return { kind: 'broken', reason: read.reason || describeFsError(Object.assign(new Error(read.code), { code: read.code })) };
  }
  const text = read.bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'broken', reason: 'it is not valid JSON' };
  }
  const v = value as Partial<Record<keyof Session, unknown>> | null;
  if (
    v === null ||
    typeof v !== 'object' ||
    v.kind !== SESSION_KIND ||
    !Array.isArray(v.events) ||
    typeof v.updated !== 'string' ||
    typeof v.out !== 'string'
  ) {
    return { kind: 'broken', reason: 'it is not an outsource assess session' };
  }
  return { kind: 'found', glance: { answers: v.events.length, updated: v.updated, out: v.out }, value };
}

/** The full check of a session file, against its schema. */
export async function validateSession(value: unknown): Promise<{ ok: true; session: Session } | { ok: false; reason: string }> {
  const { sessionShape } = await import('../../core/interview/session.js');
  const parsed = sessionShape.safeParse(value);
  if (parsed.success) return { ok: true, session: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}` };
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
