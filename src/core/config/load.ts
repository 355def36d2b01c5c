import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { readDocument } from '../parse/read-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { configKeysAt, configShape, type Config } from './schema.js';

export interface LoadedConfig {
  file: string;
  config: Config;
  /** Where a key of the configuration is, for errors about its values. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/**
 * Reads a configuration: the whole of `.outsource.yaml`, or the value under
 * `within` (`["outsource"]` in package.json). undefined when package.json
 * has no such key. Errors carry file, line and column.
 */
export function loadConfig(text: string, file: string, within: readonly string[] = []): Result<LoadedConfig | undefined> {
  // The fast parser first: the positioned one is needed only to place an error.
  const doc = readDocument(text, file, within.length > 0 ? { format: 'json' } : {});
  if (!doc.ok) return doc;
  let value: unknown = doc.value.value;
  for (const key of within) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return ok(undefined);
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) value = {};
  const locate = (path: readonly PropertyKey[]) => doc.value.locate([...within, ...path]);
  const parsed = configShape.safeParse(value);
  if (!parsed.success) {
    const errors: Diagnostic[] = issuesToDiagnostics(
      parsed.error.issues,
      value,
      { file, locate: (path, key) => doc.value.locate([...within, ...path], key) },
      configKeysAt,
    );
    return fail(...errors.slice(0, 20));
  }
  return ok({ file, config: parsed.data, locate });
}
