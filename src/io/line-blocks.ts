import { isUtf8 } from 'node:buffer';
import { NotStreamable } from '../core/inventory/not-streamable.js';

/** Reads up to `buffer.length` bytes at byte `position` of the input; 0 at its end. */
export type ReadAt = (buffer: Buffer, position: number) => number;

export interface LineBlockOptions {
  /** Input bytes over this are refused (by the whole-file reader, which words it). */
  limit: number;
  /** Bytes per read. */
  chunk?: number;
  /** A longer line is no inventory row the two readings need to take: the whole-file reader says what it is. */
  maxLine?: number;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The input as text in blocks of whole lines, read a chunk at a time from
 * byte 0: a line split across two reads is joined before it is decoded, so a
 * UTF-8 character split there decodes whole (LF is never part of one). A
 * byte order mark at the start is dropped (two, as the whole-file path does). Anything the plain CSV reader does
 * not take (a quote, a CR, a NUL, bytes that are not UTF-8, more than the
 * limit, a line longer than `maxLine` bytes, so that a hostile line is never
 * gathered twice) throws NotStreamable as soon as it is read, before any row is used.
 */
export function* lineBlocks(read: ReadAt, options: LineBlockOptions): Generator<string> {
  const chunk = options.chunk ?? 1 << 20;
  const maxLine = options.maxLine ?? 1 << 20;
  let position = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let first = true;
  const decode = (bytes: Buffer): string => {
    if (!isUtf8(bytes)) throw new NotStreamable('not UTF-8');
    let text = bytes.toString('utf8');
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(text.charCodeAt(1) === 0xfeff ? 2 : 1);
    first = false;
    return text;
  };
  for (;;) {
    const buffer = Buffer.allocUnsafe(chunk);
    const size = read(buffer, position);
    if (size === 0) break;
    position += size;
    if (position > options.limit) throw new NotStreamable('over the size limit');
    const bytes = buffer.subarray(0, size);
    if (bytes.includes(QUOTE) || bytes.includes(CR) || bytes.includes(0)) throw new NotStreamable('a quote, CR or NUL');
    const lastLf = bytes.lastIndexOf(LF);
    if (lastLf === -1) {
      pending.push(bytes);
      pendingBytes += size;
      if (pendingBytes > maxLine) throw new NotStreamable('a line too long for a row');
      continue;
    }
    const whole = pending.length === 0 ? bytes.subarray(0, lastLf + 1) : Buffer.concat([...pending, bytes.subarray(0, lastLf + 1)]);
    pending = lastLf + 1 < size ? [bytes.subarray(lastLf + 1)] : [];
    pendingBytes = size - lastLf - 1;
    yield decode(whole);
  }
  if (pending.length > 0) yield decode(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
}
