import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputChanged } from '../core/inventory/not-streamable.js';
import { lineBlocks } from './line-blocks.js';

/** A file open for reading its lines again and again, from byte 0 each time. */
export interface RereadableFile {
  /**
   * Blocks of whole lines (line-blocks.ts). The first call reads the file
   * and remembers a digest of each chunk read; each later call reads the same
   * chunks again and throws InputChanged before yielding a line from a chunk
   * that differs, so a later reading is the first one byte for byte.
   */
  blocks(): Iterable<string>;
  close(): void;
}

/** A block's rows are all alive until the last is used: small blocks let them die young (1 MB ones peaked 50 MB higher at 100,000 rows, for more CPU). */
const CHUNK = 1 << 16;

/**
 * Opens a file for the two readings of a large CSV, or undefined when the
 * whole-file reader must take it (and then refuses it with its own words): a
 * file that cannot be opened, is not a regular file, or says it is under
 * `from` bytes (worth holding whole) or over the limit. Opened as bounded-read.ts opens (no blocking on a FIFO, no
 * controlling terminal) and checked on the open descriptor; every reading
 * reads that descriptor with positional reads, so renaming another file into
 * place between them changes nothing, and a file rewritten in place is caught
 * by the digests.
 */
export function openRereadable(path: string, size: { from: number; limit: number }): RereadableFile | undefined {
  const { limit } = size;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > limit || info.size < size.from) {
      closeSync(fd);
      return undefined;
    }
  } catch {
    closeSync(fd);
    return undefined;
  }
  let digests: Buffer[] | undefined;
  return {
    blocks() {
      const recorded = digests;
      const recording: Buffer[] = [];
      if (!recorded) digests = recording;
      let index = 0;
      return lineBlocks(
        (buffer, position) => {
          const size = readSync(fd, buffer, 0, buffer.length, position);
          const digest = createHash('sha1').update(buffer.subarray(0, size)).digest();
          if (!recorded) recording.push(digest);
          else if (!recorded[index]?.equals(digest)) throw new InputChanged(`its bytes from ${position} on differ`);
          index++;
          return size;
        },
        { limit, chunk: CHUNK },
      );
    },
    close: () => closeSync(fd),
  };
}
