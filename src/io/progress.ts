import type { Io } from './io.js';

export interface Progress {
  /** `done` of `total` steps finished. */
  update(done: number, total: number): void;
  /** Clears the line, if one was drawn. */
  end(): void;
}

export interface ProgressOptions {
  /** Work shorter than this shows nothing. */
  delayMs?: number;
  now?: () => number;
}

/**
 * A progress line on stderr for work that takes over about a second, only
 * when stderr is a terminal (never in a log or a pipe) and not with --quiet.
 * Redrawn at most ten times a second; cleared at the end so the output that
 * follows starts on a clean line.
 */
export function progressLine(io: Io, label: string, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const start = now();
  const delay = options.delayMs ?? 1000;
  const live = Boolean(io.stderrIsTTY) && !io.quiet;
  let drawn = false;
  let last = -Infinity;
  return {
    update(done, total) {
      if (!live) return;
      const t = now();
      if (t - start < delay || t - last < 100) return;
      last = t;
      drawn = true;
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      io.stderr(`\r${label}: ${percent}%\u001b[K`);
    },
    end() {
      if (drawn) io.stderr('\r\u001b[K');
      drawn = false;
    },
  };
}
