import jsYaml from 'js-yaml';
import type { Diagnostic, Result } from '../diagnostics.js';
import { fail, failAll, ok } from '../diagnostics.js';
import { isStackOverflow, parsePositioned, tooDeep, type PositionedDocument } from '../yaml-document.js';
import { longQuotedScalarError, manyEscapes } from '../long-scalar.js';
import { issuesToDiagnostics } from '../zod-diagnostics.js';
import { sanitize } from '../../util/sanitize.js';
import { indexBlockYaml, type BlockIndex } from './block-index.js';
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
const tagYaml = (d: Diagnostic): Diagnostic => tagged(d, d.message.startsWith('duplicate key') ? 'duplicate-key' : 'yaml-syntax');

/** Schema problems beyond this many are summed up: the first few say what is wrong. */
const MAX_SCHEMA_DIAGNOSTICS = 20;

/** Anchors and aliases: only the positioned parser limits how far they expand, so such files skip the fast path. */
const ANCHOR = /(^|[\s[{,:-])&[^\s]/m;
const ALIAS = /(^|[\s[{,:-])\*[^\s]/m;
const usesAliases = (text: string) => ANCHOR.test(text) && ALIAS.test(text);

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
  if (text.trim() === '') return fail(tagged({ file, line: 1, column: 1, message: 'the file is empty: a roadmap needs inventory:, owner:, review:, vendors: and items:' }, 'schema'));

  let positioned: Result<PositionedDocument> | undefined;
  const exact = (): Result<PositionedDocument> => (positioned ??= parsePositioned(text, file));
  let value: unknown;
  if (usesAliases(text)) {
    const parsed = exact();
    if (!parsed.ok) return fail(...parsed.errors.map(tagYaml));
    value = parsed.value.value;
  } else {
    // js-yaml builds escaped strings one escape at a time: 25 million of them cost a gigabyte.
    const long = manyEscapes(text) ? longQuotedScalarError(text, file) : undefined;
    if (long) return fail(tagged(long, 'yaml-syntax'));
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch (error) {
      if (isStackOverflow(error)) return fail(tagged(tooDeep(file, error), 'yaml-syntax'));
      if (error instanceof jsYaml.YAMLException && /call stack|maxDepth/i.test(error.reason)) {
        const mark = error.mark as { line: number; column: number } | undefined;
        return fail(tagged({ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: 'the file is nested too deeply to read' }, 'yaml-syntax'));
      }
      // The positioned parser gives the better message and the exact place.
      const parsed = exact();
      if (!parsed.ok) return fail(...parsed.errors.map(tagYaml));
      const mark = error instanceof jsYaml.YAMLException ? (error.mark as { line: number; column: number } | undefined) : undefined;
      const reason = error instanceof jsYaml.YAMLException ? error.reason : error instanceof Error ? error.message : String(error);
      return fail(tagged({ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: sanitize(reason) }, /duplicat/i.test(reason) ? 'duplicate-key' : 'yaml-syntax'));
    }
  }

  // Positions: the line index first (cheap), the positioned parser for whatever it does not hold.
  let index: BlockIndex | null | undefined = positioned ? null : undefined;
  const doc: PositionedDocument = {
    file,
    value,
    locate: (path, key) => {
      if (index === undefined) index = indexBlockYaml(text, value) ?? null;
      const quick = index?.find(path, key);
      if (quick) return quick;
      const parsed = exact();
      return parsed.ok ? parsed.value.locate(path, key) : undefined;
    },
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(tagged({ file, ...(doc.locate([]) ?? { line: 1, column: 1 }), message: 'a roadmap must be a mapping with inventory:, owner:, review:, vendors: and items:' }, 'schema'));
  }
  const result = roadmapShape.safeParse(value);
  if (!result.success) {
    const diagnostics = issuesToDiagnostics(result.error.issues, value, doc, roadmapKeysAt).map((d) => tagged(d, 'schema'));
    const shown = diagnostics.slice(0, MAX_SCHEMA_DIAGNOSTICS);
    if (diagnostics.length > shown.length) shown.push({ file, message: `... and ${diagnostics.length - shown.length} more problems with the roadmap format [schema]` });
    return failAll(shown);
  }
  return ok({ file, text, doc, roadmap: result.data });
}
