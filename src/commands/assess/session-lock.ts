import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { InterviewInterrupted } from '../../core/prompter.js';
import { sanitize, truncate } from '../../util/sanitize.js';

/**
 * One interview per session file: two `assess` runs in one folder would each
 * replay and save their own answers, and the last save would silently drop
 * the other's. A lock file beside the session says who holds it (process,
 * host, start time); a lock whose process is gone (killed, machine
 * restarted) is taken over.
 */

/** Who holds a lock, as far as its file tells. */
export interface LockHolder {
  pid: number;
  /** ISO time the holder took the lock; absent in locks written by older versions. */
  started?: string;
  host?: string;
}

export interface HeldLock {
  /** Whether the lock file is still ours: nobody removed it and took it over. */
  holds(): boolean;
  release(): void;
  /** The session's folder does not exist yet (--out names a new one): lock again once it does. */
  pending?: boolean;
}

export type LockAttempt = { ok: true; lock: HeldLock } | { ok: false; holder: LockHolder };

export const lockPathFor = (sessionPath: string): string => `${sessionPath}.lock`;

/** Takes the lock if it is free or its holder is gone; otherwise says who holds it. */
export function tryLockSession(sessionPath: string, now: () => Date = () => new Date()): LockAttempt {
  const path = lockPathFor(sessionPath);
  for (let attempt = 0; attempt < 3; attempt++) {
    const token = randomBytes(8).toString('hex');
    const record = { pid: process.pid, host: hostname(), started: now().toISOString(), token };
    try {
      writeFileSync(path, `${JSON.stringify(record)}\n`, { flag: 'wx', mode: 0o600 });
      return { ok: true, lock: heldLock(path, token) };
    } catch (error) {
      // A folder where no lock can be written (read-only, full) cannot hold a second writer's answers either.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: true, lock: { holds: () => true, release: () => undefined, pending: true } };
      if (code !== 'EEXIST') return { ok: true, lock: { holds: () => true, release: () => undefined } };
    }
    const holder = readHolder(path);
    if (holder && holder.pid !== process.pid && isAlive(holder)) return { ok: false, holder };
    rmSync(path, { force: true });
  }
  const holder = readHolder(path);
  return holder ? { ok: false, holder } : { ok: true, lock: { holds: () => true, release: () => undefined } };
}

/** The live holder of the lock, if any, without taking it. */
export function lockHolder(sessionPath: string): LockHolder | undefined {
  const holder = readHolder(lockPathFor(sessionPath));
  return holder && holder.pid !== process.pid && isAlive(holder) ? holder : undefined;
}

/** Polls until the lock is free, then takes it; Ctrl-C (the signal) stops the wait. */
export async function waitForLock(sessionPath: string, signal: AbortSignal, everyMs = 500): Promise<HeldLock> {
  for (;;) {
    if (signal.aborted) throw new InterviewInterrupted();
    const attempt = tryLockSession(sessionPath);
    if (attempt.ok) return attempt.lock;
    try {
      await sleep(everyMs, undefined, { signal });
    } catch {
      throw new InterviewInterrupted();
    }
  }
}

/** "process 4242 on host build-7, started 2030-05-06 07:08 UTC (12 minutes ago)" */
export function describeHolder(holder: LockHolder, now: Date = new Date()): string {
  const parts = [`process ${holder.pid}`];
  if (holder.host !== undefined && holder.host !== hostname()) parts.push(`on host ${sanitize(truncate(holder.host, 64))}`);
  const started = holder.started === undefined ? NaN : Date.parse(holder.started);
  const when = Number.isNaN(started) ? '' : `, started ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC (${ago(now.getTime() - started)})`;
  return `${parts.join(' ')}${when}`;
}

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute ago';
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours ago` : `${Math.round(hours / 24)} days ago`;
}

function heldLock(path: string, token: string): HeldLock {
  const release = () => {
    // Never remove a lock someone else has taken over since.
    if (ownsFile(path, token)) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return {
    holds: () => ownsFile(path, token),
    release: () => {
      process.off('exit', release);
      release();
    },
  };
}

function ownsFile(path: string, token: string): boolean {
  return parseRecord(readSmall(path))?.token === token;
}

function readHolder(path: string): LockHolder | undefined {
  const text = readSmall(path);
  const record = parseRecord(text);
  if (record && typeof record.pid === 'number') {
    const holder: LockHolder = { pid: record.pid };
    if (typeof record.started === 'string') holder.started = record.started;
    if (typeof record.host === 'string') holder.host = record.host;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : undefined;
  }
  // Older versions wrote the pid alone.
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? { pid } : undefined;
}

function parseRecord(text: string): { pid?: unknown; started?: unknown; host?: unknown; token?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** At most 512 bytes of a regular file: a lock replaced by a FIFO or a link to /dev/zero must not hang or fill memory. */
function readSmall(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    if (!fstatSync(fd).isFile()) return '';
    const buffer = Buffer.alloc(512);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A holder on another host cannot be checked from here, so it counts as alive. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== undefined && holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
