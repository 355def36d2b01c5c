import type { Diagnostic } from '../../core/parse/diagnostics.js';

/** "; 2 files could not be checked", for a summary line; empty when every roadmap was checked. */
export function couldNotCheck(errors: readonly Diagnostic[] | undefined): string {
  const files = new Set((errors ?? []).map((d) => d.file)).size;
  return files === 0 ? '' : `; ${files} ${files === 1 ? 'file' : 'files'} could not be checked`;
}
