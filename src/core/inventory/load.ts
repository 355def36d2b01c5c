import jsYaml from 'js-yaml';
import type { Diagnostic, Result } from '../diagnostics.js';
import { fail, failAll, ok } from '../diagnostics.js';
import type { Answer, Answers, Method } from '../method.js';
import { isStackOverflow, parsePositioned, tooDeep } from '../yaml-document.js';
import { QUICK_LOCATE_ABOVE, quickLocator } from '../quick-locate.js';
import { longQuotedScalarError, manyEscapes } from '../long-scalar.js';
import { issuesToDiagnostics, type Locator } from '../zod-diagnostics.js';
import { sanitize } from '../../util/sanitize.js';
import { positionOf } from './csv.js';
import { inventoryFromCsv } from './from-csv.js';
import { INVENTORY_KEYS, PROCESS_KEYS, inventoryShape } from './schema.js';
import { isWellFormedInventory } from './well-formed.js';
import { findDuplicateJsonKey } from './json-duplicates.js';
import type { Inventory, Process } from './types.js';
import { combineRaters } from '../raters/combine.js';

export type InventoryFormat = 'yaml' | 'json' | 'csv';

/** The format from the file name, or from the first bytes for stdin and unknown extensions. */
export function detectFormat(file: string, text: string): InventoryFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const firstLine = start.slice(0, start.indexOf('\n') >>> 0);
  return /^"?id"?\s*,/.test(firstLine) ? 'csv' : 'yaml';
}

/**
 * Parses and validates an inventory against a method. Well-formed files take
 * a fast path (JSON.parse or js-yaml, no positions); only when something is
 * wrong is the file parsed again with positions, to say where.
 */
export function loadInventory(text: string, file: string, method: Method, format = detectFormat(file, text)): Result<Inventory> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail({ file, message: 'the file is empty: an inventory needs a "processes" list' });

  let value: unknown;
  let where: Locator | undefined;
  if (format === 'csv') {
    const csv = inventoryFromCsv(text, file, method);
    if (!csv.ok) return csv;
    ({ value, where } = csv.value);
  } else {
    const fast = parseFast(text, file, format);
    if (!fast.ok) return fast;
    value = fast.value;
  }

  // Positions are computed only when there is an error to report. If the exact
  // parser refuses the file (an alias bomb, say), that is the error to show.
  let positionedErrors: Diagnostic[] | undefined;
  const lazyWhere = (): Locator => {
    if (where) return where;
    if (text.length > QUICK_LOCATE_ABOVE) return (where = quickLocator(text, file));
    const positioned = parsePositioned(text, file);
    if (!positioned.ok) positionedErrors = positioned.errors;
    where = positioned.ok ? positioned.value : { file, locate: () => undefined };
    return where;
  };

  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'processes')) {
    const at = lazyWhere().locate([]);
    return fail(...(positionedErrors ?? [{ file, ...at, message: 'an inventory must be a mapping with a "processes" list' }]));
  }
  let raw = value as RawInventory;
  if (!isWellFormedInventory(value, method)) {
    const parsed = inventoryShape(method).safeParse(value);
    if (!parsed.success) {
      const known = (path: readonly PropertyKey[]) =>
        path.length === 0 ? INVENTORY_KEYS : path.at(-1) === 'answers' || path.at(-2) === 'answers_by' ? [...method.criteriaById.keys()] : path.length === 2 ? [...PROCESS_KEYS, 'answers_by'] : ['name', 'unit', 'baseline', 'target'];
      const diags = issuesToDiagnostics(parsed.error.issues, value, lazyWhere(), known).map(renameUnknownCriterion);
      return fail(...(positionedErrors ?? diags.slice(0, 50)));
    }
    raw = parsed.data as RawInventory;
  }

  const processes = raw.processes.map((p) => toProcess(p, method));
  const duplicates = findDuplicateIds(processes, file, lazyWhere);
  if (duplicates.length > 0) return failAll(duplicates);
  const inventory: Inventory = { processes };
  if (raw.organisation !== undefined) inventory.organisation = raw.organisation;
  return ok(inventory);
}

/** A validated inventory before normalising: answers may still hold `null` for "not answered". */
interface RawInventory {
  organisation?: string;
  processes: (Omit<Process, 'answers' | 'answers_by'> & {
    answers?: Record<string, Answer | null | undefined>;
    answers_by?: Record<string, Record<string, Answer | null | undefined>>;
  })[];
}

function toProcess(p: RawInventory['processes'][number], method: Method): Process {
  const out: Process = { id: p.id, name: p.name, answers: withoutNulls(p.answers) };
  if (p.answers_by && Object.keys(p.answers_by).length > 0) {
    const byRater: Record<string, Answers> = {};
    for (const [rater, answers] of Object.entries(p.answers_by)) byRater[rater] = withoutNulls(answers);
    const combined = combineRaters(out.answers, byRater, method);
    out.answers = combined.answers;
    out.answers_by = byRater;
    if (combined.disagreements.length > 0) out.disagreements = combined.disagreements;
  }
  if (p.function !== undefined) out.function = p.function;
  if (p.metrics) out.metrics = p.metrics;
  if (p.merged_from) out.merged_from = p.merged_from;
  if (p.volume) out.volume = p.volume;
  return out;
}

function withoutNulls(answers: Record<string, Answer | null | undefined> | undefined): Answers {
  if (!answers) return {};
  let clean = true;
  for (const key in answers) if (answers[key] === null || answers[key] === undefined) clean = false;
  if (clean) return answers as Answers;
  const out: Answers = {};
  for (const key in answers) {
    const v = answers[key];
    if (v !== null && v !== undefined) out[key] = v;
  }
  return out;
}

function parseFast(text: string, file: string, format: InventoryFormat): Result<unknown> {
  try {
    if (format === 'json') {
      const value: unknown = JSON.parse(text);
      const duplicate = findDuplicateJsonKey(text, file);
      return duplicate ? fail(duplicate) : ok(value);
    }
    const long = manyEscapes(text) ? longQuotedScalarError(text, file) : undefined;
    if (long) return fail(long);
    return ok(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file }));
  } catch (error) {
    if (isStackOverflow(error) || (error instanceof jsYaml.YAMLException && /call stack/i.test(error.reason))) return fail(tooDeep(file, error));
    // The positioned parser gives the better message and the exact place (too slow for a big file).
    const positioned = text.length > QUICK_LOCATE_ABOVE ? undefined : parsePositioned(text, file);
    if (positioned && !positioned.ok) return positioned;
    if (error instanceof jsYaml.YAMLException) {
      const mark = error.mark as { line: number; column: number } | undefined;
      return fail({ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: sanitize(error.reason) });
    }
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

function renameUnknownCriterion(d: Diagnostic): Diagnostic {
  return { ...d, message: d.message.replace(/^(processes\[\d+\]\.answers): unknown key/, '$1: unknown criterion') };
}

function findDuplicateIds(processes: Process[], file: string, where: () => Locator): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  processes.forEach((p, index) => {
    const previous = first.get(p.id);
    if (previous === undefined) first.set(p.id, index);
    else if (out.length < 50) {
      out.push({ file, ...where().locate(['processes', index, 'id']), message: `processes[${index}].id: duplicate id "${p.id}" (first used by processes[${previous}])` });
    }
  });
  return out;
}
