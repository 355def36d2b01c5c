import type { Result } from '../parse/diagnostics.js';
import { ok } from '../parse/diagnostics.js';
import { readDocument } from '../parse/read-document.js';
import type { LoadedConfig } from './load.js';
import type { Config } from './schema.js';
import { isWellFormedConfig } from './well-formed.js';

/**
 * loadConfig() for every command's start: a well-formed configuration is
 * used as read, and the zod schema (and zod) load only for one that may have
 * a problem to explain. The result is the same either way.
 */
export async function loadConfigLazily(text: string, file: string, within: readonly string[] = []): Promise<Result<LoadedConfig | undefined>> {
  const doc = readDocument(text, file, within.length > 0 ? { format: 'json' } : {});
  if (doc.ok) {
    let value: unknown = doc.value.value;
    for (const key of within) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return ok(undefined);
      value = (value as Record<string, unknown>)[key];
    }
    if (value === null || value === undefined) value = {};
    const read = doc.value;
    if (isWellFormedConfig(value)) return ok({ file, config: value as Config, locate: (path) => read.locate([...within, ...path]) });
  }
  const { loadConfig } = await import('./load.js');
  return loadConfig(text, file, within);
}
