import type { Diagnostic, Result } from '../diagnostics.js';
import { fail, ok } from '../diagnostics.js';
import { parsePositioned, type PositionedDocument } from '../yaml-document.js';
import { issuesToDiagnostics } from '../zod-diagnostics.js';
import { roadmapKeysAt, roadmapShape, type Roadmap } from './schema.js';

export interface LoadedRoadmap {
  file: string;
  text: string;
  doc: PositionedDocument;
  roadmap: Roadmap;
}

/** Structural problems end with the id of the rule they break, so docs/rules.md can explain them. */
const tagged = (d: Diagnostic, rule: string): Diagnostic => ({ ...d, message: `${d.message} [${rule}]` });

/** Schema problems beyond this many are summed up: the first few say what is wrong. */
const MAX_SCHEMA_DIAGNOSTICS = 20;

/**
 * Parses a roadmap with positions and validates it against the roadmap
 * format. A file that is not valid YAML, repeats a key, or breaks the format
 * cannot be checked: those are errors with file, line and column, not findings.
 */
export function loadRoadmap(text: string, file: string): Result<LoadedRoadmap> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(tagged({ file, line: 1, column: 1, message: 'the file is empty: a roadmap needs inventory:, owner:, review:, vendors: and items:' }, 'schema'));
  const parsed = parsePositioned(text, file);
  if (!parsed.ok) return fail(...parsed.errors.map((d) => tagged(d, d.message.startsWith('duplicate key') ? 'duplicate-key' : 'yaml-syntax')));
  const doc = parsed.value;
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(tagged({ file, ...(doc.locate([]) ?? { line: 1, column: 1 }), message: 'a roadmap must be a mapping with inventory:, owner:, review:, vendors: and items:' }, 'schema'));
  }
  const result = roadmapShape.safeParse(value);
  if (!result.success) {
    const diagnostics = issuesToDiagnostics(result.error.issues, value, doc, roadmapKeysAt).map((d) => tagged(d, 'schema'));
    const shown = diagnostics.slice(0, MAX_SCHEMA_DIAGNOSTICS);
    if (diagnostics.length > shown.length) shown.push({ file, message: `... and ${diagnostics.length - shown.length} more problems with the roadmap format [schema]` });
    return fail(...shown);
  }
  return ok({ file, text, doc, roadmap: result.data });
}
