import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * The one way a file named by the user is read. It never trusts stat():
 * /proc/self/pagemap says 0 bytes and holds terabytes, so reading stops one
 * byte past the limit whatever the size claims. Only regular files are read:
 * the file is opened without blocking (a FIFO or /proc/kmsg would wait
 * forever for a writer) and checked on the open descriptor, so swapping the
 * file after a check changes nothing. A read that makes no progress within the
 * time limit is abandoned.
 */
export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; reason: string; code?: string };

export interface BoundedReadOptions {
  /** Bytes; one more is read to tell "exactly the limit" from "over". */
  limit: number;
  /** Milliseconds the whole read may take. */
  timeout?: number;
}

const CHUNK = 1 << 20;

export async function readBounded(path: string, options: BoundedReadOptions): Promise<BoundedRead> {
  const { limit, timeout = 30_000 } = options;
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { ok: false, reason: '', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'is a directory, not a file', code: 'EISDIR' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file (a device, pipe or socket); give a file, or - for stdin', code: 'ENOTREG' };
    // A size over the limit is believed at once (a sparse 2 GB file need not be read to the limit to be
    // refused); a size under it is not, and the limit below still holds for what is read.
    if (info.size > limit) return { ok: false, reason: `is over the limit of ${Math.round(limit / 1048576)} MB`, code: 'EFBIG' };
    const chunks: Buffer[] = [];
    let size = 0;
    const deadline = Date.now() + timeout;
    // A regular file that says its size is read into one buffer of that size (plus room to see it grew):
    // no second copy from joining chunks, which doubled the peak for a 50 MB file. stat() is a hint only;
    // the limit is still enforced on what is read.
    if (info.size > 0 && info.size <= limit) {
      const whole = Buffer.allocUnsafe(Math.ceil((info.size + 1) / 8) * 8);
      while (size < whole.length) {
        const { bytesRead } = await handle.read(whole, size, whole.length - size, null);
        if (bytesRead === 0) return { ok: true, bytes: whole.subarray(0, size) };
        size += bytesRead;
      }
      chunks.push(whole);
    }
    for (;;) {
      // Whole multiples of 8 bytes: some /proc files (pagemap) refuse other read sizes.
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.ceil((limit + 1 - size) / 8) * 8));
      let read;
      try {
        ({ bytesRead: read } = await handle.read(buffer, 0, buffer.length, null));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK') return { ok: false, reason: 'cannot be read without waiting; give a regular file', code };
        return { ok: false, reason: '', code: code ?? 'EIO' };
      }
      if (read === 0) break;
      chunks.push(read === buffer.length ? buffer : buffer.subarray(0, read));
      size += read;
      if (size > limit) return { ok: false, reason: `is over the limit of ${Math.round(limit / 1048576)} MB`, code: 'EFBIG' };
      if (Date.now() > deadline) return { ok: false, reason: `took more than ${timeout / 1000} s to read`, code: 'ETIMEDOUT' };
    }
    return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) };
  } finally {
    await handle.close();
  }
}
