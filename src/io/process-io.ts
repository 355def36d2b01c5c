import { supportsColor } from 'chalk';
import type { Io } from './io.js';
import { MAX_INPUT_BYTES } from './read-input.js';
import { UserError } from './errors.js';
import { outputStream } from './output-stream.js';

/** Stops one byte past the input limit, so an endless pipe (`yes |`) is refused instead of filling the memory. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw new UserError(`<stdin>: input is over the limit of ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  return Buffer.concat(chunks);
}

/**
 * The last line of defence on a terminal: C1 controls (0x9b is a one-byte
 * CSI), bidi overrides and invisible characters are written as \uXXXX. Reporters already make user
 * text visible; JSON keeps these characters raw, exact for a program reading a
 * pipe, and in JSON \uXXXX is the same string. Colour (ESC) is untouched.
 */
const INERT_ON_TERMINAL = /[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const inert = (stream: NodeJS.WriteStream) => (text: string) =>
  stream.isTTY ? text.replace(INERT_ON_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;

/** The real terminal. */
export function processIo(): Io {
  const stdout = outputStream(process.stdout, 'stdout', inert(process.stdout));
  const stderr = outputStream(process.stderr, 'stderr', inert(process.stderr));
  return {
    cwd: process.cwd(),
    stdout: (text) => stdout.write(text),
    stderr: (text) => stderr.write(text),
    drained: () => stdout.drained(),
    // chalk reads FORCE_COLOR and the TTY but not NO_COLOR (no-color.org); FORCE_COLOR still wins, as in Node.
    color: !(process.env.NO_COLOR && !('FORCE_COLOR' in process.env)) && supportsColor !== false && supportsColor.level > 0,
    columns: process.stdout.columns || 100,
    rows: process.stdout.rows || 24,
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: () => readAll(process.stdin),
    env: process.env,
  };
}
