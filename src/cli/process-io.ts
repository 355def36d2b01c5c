import { supportsColor } from 'chalk';
import type { Io } from './io.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The real terminal. */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // chalk reads FORCE_COLOR and the TTY but not NO_COLOR (no-color.org); FORCE_COLOR still wins, as in Node.
    color: !(process.env.NO_COLOR && !('FORCE_COLOR' in process.env)) && supportsColor !== false && supportsColor.level > 0,
    columns: process.stdout.columns || 100,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    readStdin: () => readAll(process.stdin),
    env: process.env,
  };
}
