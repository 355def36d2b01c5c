import type { Io } from './io.js';

/** A line for stderr that is not an error: --quiet leaves it out. */
export function note(io: Io, text: string): void {
  if (!io.quiet) io.stderr(text);
}
