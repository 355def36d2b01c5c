import { formatDiagnostic } from '../core/parse/diagnostics.js';
import { sanitize } from '../util/sanitize.js';
import { EXIT, UserError } from './errors.js';
import type { Io } from './io.js';

/** A command's error as the user sees it: each diagnostic on one line, an internal error as one line (its stack with --debug); exit 2. */
export function reportCommandError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof UserError) {
    const shown = error.diagnostics.slice(0, 20);
    for (const d of shown) io.stderr(`outsource: ${d.file ? formatDiagnostic(d) : d.message}\n`);
    if (error.diagnostics.length > shown.length) io.stderr(`outsource: ... and ${error.diagnostics.length - shown.length} more problems\n`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.error;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`outsource: internal error: ${sanitize(message)}${debug ? '' : ' (run with --debug for details; please report it)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.error;
}
