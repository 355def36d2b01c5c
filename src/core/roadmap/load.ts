import type { Result } from '../parse/diagnostics.js';
import { failAll, ok } from '../parse/diagnostics.js';
import type { PositionedDocument } from '../parse/yaml-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { parseRoadmap, tagged, type ParsedRoadmap } from './parse.js';
import { roadmapKeysAt, roadmapShape, type Roadmap } from './schema.js';

export interface LoadedRoadmap {
  file: string;
  text: string;
  /** Positions are computed on first use: a roadmap without findings is never parsed twice. */
  doc: PositionedDocument;
  roadmap: Roadmap;
}

/** Schema problems beyond this many are summed up: the first few say what is wrong. */
const MAX_SCHEMA_DIAGNOSTICS = 20;

/**
 * Parses a roadmap and validates it against the roadmap format. A file that
 * is not valid YAML, repeats a key, or breaks the format cannot be checked:
 * those are errors with file, line and column, not findings.
 *
 * Well-formed files take the fast path (js-yaml, about ten times faster than
 * the positioned parser); positions come from the `yaml` parser, on first use.
 */
export function loadRoadmap(text: string, file: string): Result<LoadedRoadmap> {
  const parsed = parseRoadmap(text, file);
  return parsed.ok ? validateRoadmap(parsed.value) : parsed;
}

/** The roadmap format, by its zod schema: every problem with its place and a did-you-mean. */
export function validateRoadmap({ file, text, doc, value }: ParsedRoadmap): Result<LoadedRoadmap> {
  const result = roadmapShape.safeParse(value);
  if (!result.success) {
    const diagnostics = issuesToDiagnostics(result.error.issues, value, doc, roadmapKeysAt).map((d) => tagged(d, 'schema'));
    const shown = diagnostics.slice(0, MAX_SCHEMA_DIAGNOSTICS);
    if (diagnostics.length > shown.length)
      shown.push({ file, message: `... and ${diagnostics.length - shown.length} more problems with the roadmap format [schema]` });
    return failAll(shown);
  }
  return ok({ file, text, doc, roadmap: result.data });
}
