/** A problem found in a file, with the position a user needs to fix it. */
export interface Diagnostic {
  file: string;
  /** 1-based; absent when the problem is about the file as a whole. */
  line?: number;
  column?: number;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Diagnostic[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: Diagnostic[]): Result<T> => ({ ok: false, errors });

/** Errors kept from one input: past this many, the rest are counted, not formatted. */
export const MAX_ERRORS = 1000;

/**
 * A failure from a list of any length: no argument spreading (70,000 errors
 * overflow the stack) and at most MAX_ERRORS kept, the last one saying how
 * many more there were.
 */
export function failAll<T = never>(errors: readonly Diagnostic[]): Result<T> {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors: errors.slice() };
  const kept = errors.slice(0, MAX_ERRORS);
  const first = errors[0];
  kept.push({ file: first?.file ?? '', message: `... and ${(errors.length - MAX_ERRORS).toLocaleString('en')} more problems of the same file` });
  return { ok: false, errors: kept };
}

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.message}`;
}
