import jsYaml from 'js-yaml';
import type { Diagnostic, Result } from './diagnostics.js';
import { fail, ok } from './diagnostics.js';
import { findDuplicateJsonKey } from './json-duplicates.js';
import { longQuotedScalarError, manyEscapes } from './long-scalar.js';
import { positionOf } from './position.js';
import { QUICK_LOCATE_ABOVE } from './quick-locate.js';
import { isStackOverflow, parsePositioned, tooDeep, type PositionedDocument } from './yaml-document.js';
import { sanitize } from '../../util/sanitize.js';
import { hasYamlMark } from './yaml-marks.js';

export interface ReadOptions {
  /** `json` reads with JSON.parse (and refuses repeated keys); anything else is YAML, which JSON also is. */
  format?: 'yaml' | 'json';
  /** A cheaper way to place a path than the positioned parser, tried first (a roadmap's line index). */
  index?: (text: string, value: unknown) => Pick<PositionedDocument, 'locate'> | undefined;
}

/** A document read the fast way, with positions computed the first time something asks for one. */
export interface ReadDocument extends PositionedDocument {
  /**
   * What the positioned parser says about the file, if it refuses it. The
   * fast parsers accept some files the positioned one caps (an alias bomb):
   * that refusal is the error to show, before any schema message.
   */
  refusal(): Diagnostic[] | undefined;
}

/**
 * Anchors and aliases (`&name` ... `*name`): files that use both take the
 * positioned parser, the one that caps how far aliases expand. An alias
 * without an anchor is an error either parser reports; a `*` or `&` inside
 * ordinary text only costs the slower parser.
 */
export const usesAliases = (text: string): boolean => hasYamlMark(text, '&') && hasYamlMark(text, '*');

/**
 * The one reader of YAML and JSON documents. Well-formed files take the fast
 * path (JSON.parse or js-yaml, about ten times quicker than the positioned
 * parser); positions are computed only when there is an error to report.
 * Files with aliases, and files the fast parser refuses, go through the
 * positioned parser, which gives the exact place and the clearer message.
 */
export function readDocument(text: string, file: string, options: ReadOptions = {}): Result<ReadDocument> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let exactResult: Result<PositionedDocument> | undefined;
  const exact = (): Result<PositionedDocument> => (exactResult ??= parsePositioned(text, file));

  let value: unknown;
  if (options.format !== 'json' && usesAliases(text)) {
    const parsed = exact();
    if (!parsed.ok) return parsed;
    value = parsed.value.value;
  } else {
    const fast = readFast(text, file, options.format ?? 'yaml', exact);
    if (!fast.ok) return fast;
    value = fast.value;
  }

  let index: Pick<PositionedDocument, 'locate'> | null | undefined = options.index ? undefined : null;
  const locate: PositionedDocument['locate'] = (path, key) => {
    if (index === undefined) index = options.index?.(text, value) ?? null;
    const quick = index?.locate(path, key);
    if (quick) return quick;
    const parsed = exact();
    return parsed.ok ? parsed.value.locate(path, key) : undefined;
  };
  const refusal = () => {
    const parsed = exact();
    return parsed.ok ? undefined : parsed.errors;
  };
  return ok({ file, value, locate, refusal });
}

function readFast(text: string, file: string, format: 'yaml' | 'json', exact: () => Result<PositionedDocument>): Result<unknown> {
  try {
    if (format === 'json') {
      const value: unknown = JSON.parse(text);
      const duplicate = findDuplicateJsonKey(text, file);
      return duplicate ? fail(duplicate) : ok(value);
    }
    // js-yaml builds escaped strings one escape at a time: 25 million of them cost a gigabyte.
    const long = manyEscapes(text) ? longQuotedScalarError(text, file) : undefined;
    if (long) return fail(long);
    return ok(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file }));
  } catch (error) {
    if (isStackOverflow(error)) return fail(tooDeep(file, error));
    const yamlError = error instanceof jsYaml.YAMLException ? error : undefined;
    const mark = yamlError?.mark as { line: number; column: number } | undefined;
    const at = { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
    if (yamlError && /call stack|maxDepth/i.test(yamlError.reason)) return fail({ file, ...at, message: 'the file is nested too deeply to read' });
    // The positioned parser gives the better message and the exact place (too slow for a big file).
    if (text.length <= QUICK_LOCATE_ABOVE) {
      const positioned = exact();
      if (!positioned.ok) return positioned;
    }
    if (yamlError) return fail({ file, ...at, message: sanitize(yamlError.reason) });
    // JSON that YAML accepts (a trailing comma, a comment): only JSON.parse knows where it broke.
    if (error instanceof SyntaxError) return fail(jsonSyntaxError(text, file, error));
    return fail({ file, message: sanitize(error instanceof Error ? error.message : String(error)) });
  }
}

/** JSON.parse says where as "at position N" (Node 20) and "(line L column C)" (Node 22+): turn it into line and column. */
function jsonSyntaxError(text: string, file: string, error: SyntaxError): Diagnostic {
  const message = sanitize(error.message.replace(/ in JSON at position \d+.*$/s, ''));
  const offset = /at position (\d+)/.exec(error.message)?.[1];
  return offset === undefined ? { file, message } : { file, ...positionOf(text, Number(offset)), message };
}
