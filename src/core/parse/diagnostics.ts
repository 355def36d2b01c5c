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

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.message}`;
}
