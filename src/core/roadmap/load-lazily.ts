import type { Result } from '../parse/diagnostics.js';
import { ok } from '../parse/diagnostics.js';
import type { LoadedRoadmap } from './load.js';
import { parseRoadmap } from './parse.js';
import type { Roadmap } from './schema.js';
import { isWellFormedRoadmap } from './well-formed.js';

/**
 * loadRoadmap() for the commands: a well-formed roadmap is used as parsed,
 * and the zod schema (and zod) load only for one that may have a problem to
 * explain. The result is the same either way.
 */
export async function loadRoadmapLazily(text: string, file: string): Promise<Result<LoadedRoadmap>> {
  const parsed = parseRoadmap(text, file);
  if (!parsed.ok) return parsed;
  const { doc, value } = parsed.value;
  if (isWellFormedRoadmap(value)) return ok({ file, text: parsed.value.text, doc, roadmap: value as Roadmap });
  const { validateRoadmap } = await import('./load.js');
  return validateRoadmap(parsed.value);
}
