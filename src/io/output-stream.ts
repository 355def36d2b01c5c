import { writeSync } from 'node:fs';

/**
 * Writing to stdout or stderr honestly. A reader that stops early
 * (`outsource score big.yaml | head`) closes the pipe: that is its choice, so
 * EPIPE ends the program quietly. Any other failure (a full disk: ENOSPC, a
 * broken device: EIO) means the output is incomplete: one line on stderr and
 * exit 2, never a stack trace or a success. Writes return whether the stream
 * still has room; `drained()` waits until it has, so a large output is not
 * buffered whole in memory when the reader is slower than the writer.
 */
export interface OutputStream {
  write(text: string): void;
  drained(): Promise<void>;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EBADF: 'the output is closed',
  EAGAIN: 'the output is not ready',
};

export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ?? 'unknown error';
}

let failed = false;

/** Ends the process for a write error; exported for the file writer's callers and for tests. */
export function failOnWriteError(error: unknown, name: string, exit: (code: number) => void = (code) => process.exit(code)): void {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') {
    exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    return;
  }
  if (!failed) {
    failed = true;
    try {
      // Synchronous and straight to the descriptor: stderr itself may be the stream that failed.
      writeSync(2, `outsource: cannot write to ${name}: ${describeWriteError(error)}; the output is incomplete\n`);
    } catch {
      // nowhere left to say it
    }
  }
  exit(2);
}

export function outputStream(stream: NodeJS.WriteStream, name: string, transform: (text: string) => string = (t) => t): OutputStream {
  let full = false;
  let waiting: Promise<void> | undefined;
  stream.on('error', (error) => failOnWriteError(error, name));
  return {
    write(text) {
      try {
        if (!stream.write(transform(text))) full = true;
      } catch (error) {
        // Files are written synchronously: their errors are thrown here, not emitted.
        failOnWriteError(error, name);
      }
    },
    drained() {
      if (!full) return Promise.resolve();
      waiting ??= new Promise<void>((resolve) => {
        stream.once('drain', () => {
          full = false;
          waiting = undefined;
          resolve();
        });
      });
      return waiting;
    },
  };
}
