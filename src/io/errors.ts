import type { Diagnostic } from '../core/parse/diagnostics.js';

/** A failure the user can fix: bad arguments, an unreadable or invalid file. Exit code 2. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | string) {
    const list = typeof diagnostics === 'string' ? [{ file: '', message: diagnostics }] : diagnostics;
    super(list[0]?.message ?? 'error');
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

export const EXIT = { ok: 0, findings: 1, error: 2, interrupted: 130 } as const;
