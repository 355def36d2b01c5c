import { isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { readBounded } from './bounded-read.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { sanitize } from '../util/sanitize.js';
import { describeWriteError } from './output-stream.js';
import { binaryAdvice, binaryKind } from './binary-input.js';

/** Larger inputs are refused (reading stops one byte past it): 100,000 processes in YAML take about 45 MB. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export interface InputFile {
  /** As the user named it, for messages. */
  name: string;
  text: string;
}

/**
 * Reads a text file (or stdin for "-"), refusing directories, devices, pipes,
 * huge files and binary data. With `workbook`, an .xlsx workbook (whatever its name) is read
 * too: its first sheet becomes CSV text.
 */
export async function readInput(path: string, io: Io, options: { workbook?: boolean } = {}): Promise<InputFile> {
  const name = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  if (path === '-') {
    if (io.stdinIsTTY) throw refuse(name, 'nothing is piped in; give a file name instead of "-"');
    bytes = await io.readStdin();
  } else {
    const read = await readBounded(resolve(io.cwd, path), { limit: MAX_INPUT_BYTES });
    if (!read.ok) throw refuse(sanitize(name), read.reason || describeFsError(Object.assign(new Error(read.code), { code: read.code })));
    bytes = read.bytes;
  }
  if (bytes.length > MAX_INPUT_BYTES) throw refuse(name, `input is over the limit of ${MAX_INPUT_BYTES / 1048576} MB`);
  if (options.workbook && binaryKind(bytes) === 'zip') {
    const { workbookToCsv } = await import('../core/workbook/read.js');
    const csv = workbookToCsv(bytes, sanitize(name));
    if (!csv.ok) throw new UserError(csv.errors);
    return { name: sanitize(name), text: csv.value };
  }
  return { name: sanitize(name), text: decodeText(bytes, sanitize(name), options.workbook === true) };
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything holding NUL bytes is not text. */
export function decodeText(bytes: Buffer, name: string, readsWorkbooks = false): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const kind = binaryKind(bytes);
  if (kind) throw refuse(name, binaryAdvice(kind, readsWorkbooks));
  if (bytes.includes(0)) throw refuse(name, 'contains NUL bytes; this is not a text file');
  const text = bytes.toString('utf8');
  // Decoding would silently turn invalid bytes into U+FFFD (a Latin-1 export, say): say so instead.
  if (!isUtf8(bytes))
    throw new UserError([{ file: name, ...invalidUtf8At(text), message: 'is not UTF-8 text; save it as UTF-8 (or UTF-16 with a byte order mark)' }]);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column of the first character that did not decode. */
function invalidUtf8At(text: string): { line: number; column: number } {
  const at = text.indexOf('\ufffd');
  const before = text.slice(0, Math.max(0, at));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}

/** A file that cannot be read, as a diagnostic: callers that show the reason alone (check) take `message`. */
const refuse = (file: string, message: string): UserError => new UserError([{ file, message }]);

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EEXIST') return 'already exists';
  if (code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT' || code === 'EFBIG') return describeWriteError(error);
  return sanitize(error instanceof Error ? error.message : String(error));
}
