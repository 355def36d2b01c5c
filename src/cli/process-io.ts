import { supportsColor } from 'chalk';
import type { Io } from './io.js';
import { MAX_INPUT_BYTES } from './read-input.js';
import { UserError } from './errors.js';

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
 * A reader that stops early (`outsource score big.yaml | head`) closes the
 * pipe; that is the reader's choice, not an error to report with a stack.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/**
 * The last line of defence on a terminal: C1 controls (0x9b is a one-byte
 * CSI), bidi overrides and invisible characters are written as \uXXXX. Reporters already make user
 * text visible; JSON keeps these characters raw, exact for a program reading a
 * pipe, and in JSON \uXXXX is the same string. Colour (ESC) is untouched.
 */
const INERT_ON_TERMINAL = /[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const writerFor = (stream: NodeJS.WriteStream) => (text: string) =>
  void stream.write(stream.isTTY ? text.replace(INERT_ON_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text);

/** The real terminal. */
export function processIo(): Io {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return {
    cwd: process.cwd(),
    stdout: writerFor(process.stdout),
    stderr: writerFor(process.stderr),
    // chalk reads FORCE_COLOR and the TTY but not NO_COLOR (no-color.org); FORCE_COLOR still wins, as in Node.
    color: !(process.env.NO_COLOR && !('FORCE_COLOR' in process.env)) && supportsColor !== false && supportsColor.level > 0,
    columns: process.stdout.columns || 100,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: () => readAll(process.stdin),
    env: process.env,
  };
}
