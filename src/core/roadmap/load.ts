import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, ok } from '../parse/diagnostics.js';
import type { PositionedDocument } from '../parse/yaml-document.js';
import { readDocument } from '../parse/read-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { indexBlockYaml } from '../parse/block-index.js';
import { roadmapKeysAt, roadmapShape, type Roadmap } from './schema.js';

export interface LoadedRoadmap {
  file: string;
  text: string;
  /** Positions are computed on first use: a roadmap without findings is never parsed twice. */
  doc: PositionedDocument;
  roadmap: Roadmap;
}

/** Structural problems end with the id of the rule they break, so docs/rules.md can explain them. */
const tagged = (d: Diagnostic, rule: string): Diagnostic => ({ ...d, message: `${d.message} [${rule}]` });
const tagYaml = (d: Diagnostic): Diagnostic => tagged(d, d.message.startsWith('duplicate') ? 'duplicate-key' : 'yaml-syntax');

/** Schema problems beyond this many are summed up: the first few say what is wrong. */
const MAX_SCHEMA_DIAGNOSTICS = 20;

/** A roadmap is block YAML: its own line index places most paths without the positioned parser. */
function blockIndex(text: string, value: unknown): Pick<PositionedDocument, 'locate'> | undefined {
  const index = indexBlockYaml(text, value);
  return index ? { locate: (path, key) => index.find(path, key) } : undefined;
}

/**
 * Parses a roadmap and validates it against the roadmap format. A file that
 * is not valid YAML, repeats a key, or breaks the format cannot be checked:
 * those are errors with file, line and column, not findings.
 *
 * Well-formed files take the fast path (js-yaml, about ten times faster than
 * the positioned parser); positions come from the `yaml` parser, on first use.
 */
export function loadRoadmap(text: string, file: string): Result<LoadedRoadmap> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '')
    return fail(tagged({ file, line: 1, column: 1, message: 'the file is empty: a roadmap needs inventory:, owner:, review:, vendors: and items:' }, 'schema'));

  const read = readDocument(text, file, { index: blockIndex });
  if (!read.ok) return fail(...read.errors.map(tagYaml));
  const doc: PositionedDocument = read.value;
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      tagged(
        { file, ...(doc.locate([]) ?? { line: 1, column: 1 }), message: 'a roadmap must be a mapping with inventory:, owner:, review:, vendors: and items:' },
        'schema',
      ),
    );
  }
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
