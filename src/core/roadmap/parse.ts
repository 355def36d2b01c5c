import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import type { PositionedDocument } from '../parse/yaml-document.js';
import { readDocument } from '../parse/read-document.js';
import { indexBlockYaml } from '../parse/block-index.js';

/** Structural problems end with the id of the rule they break, so docs/rules.md can explain them. */
export const tagged = (d: Diagnostic, rule: string): Diagnostic => ({ ...d, message: `${d.message} [${rule}]` });
const tagYaml = (d: Diagnostic): Diagnostic => tagged(d, d.message.startsWith('duplicate') ? 'duplicate-key' : 'yaml-syntax');

/** A roadmap is block YAML: its own line index places most paths without the positioned parser. */
function blockIndex(text: string, value: unknown): Pick<PositionedDocument, 'locate'> | undefined {
  const index = indexBlockYaml(text, value);
  return index ? { locate: (path, key) => index.find(path, key) } : undefined;
}

/** A roadmap read as YAML, not yet checked against the roadmap format. */
export interface ParsedRoadmap {
  file: string;
  text: string;
  doc: PositionedDocument;
  value: Record<string, unknown>;
}

/**
 * Reads a roadmap's YAML: the fast parser first (js-yaml), positions on first
 * use. An empty file, bad YAML, a repeated key or a document that is not a
 * mapping is an error with file, line and column.
 */
export function parseRoadmap(text: string, file: string): Result<ParsedRoadmap> {
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
  return ok({ file, text, doc, value: value as Record<string, unknown> });
}
