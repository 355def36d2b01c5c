import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, ok } from '../parse/diagnostics.js';
import type { Answer, Answers, Method } from '../method.js';
import { readDocument } from '../parse/read-document.js';
import { QUICK_LOCATE_ABOVE, quickLocator } from '../parse/quick-locate.js';
import type { Locator } from '../parse/zod-diagnostics.js';
import { inventoryFromCsv } from './from-csv.js';
import { wellFormedInventory } from './well-formed.js';
import { normaliseFlagWords } from '../parse/flag-words.js';
import type { Inventory, Process } from './types.js';
import { combineRaters } from '../raters/combine.js';
import { moneyWithoutCurrency } from './money-needs-currency.js';
import { unknownMetricDirections } from './metric-directions.js';

export type InventoryFormat = 'yaml' | 'json' | 'csv';

/** The format from the file name, or from the first bytes for stdin and unknown extensions. */
export function detectFormat(file: string, text: string): InventoryFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.xlsx')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const firstLine = start.slice(0, start.indexOf('\n') >>> 0);
  return /^"?id"?\s*[,;\t]/i.test(firstLine) ? 'csv' : 'yaml';
}

/** What zod must look at, when the hand check refuses an inventory: the value, and how to place and word its errors. */
export interface Refusal {
  value: Record<string, unknown>;
  file: string;
  method: Method;
  where: () => Locator;
  /** The positioned parser's own errors, if it refused the file (an alias bomb, say): those are the errors to show. */
  positionedErrors: () => Diagnostic[] | undefined;
}

/**
 * Parses and validates an inventory against a method, without zod. Well-formed
 * files take a fast path (JSON.parse or js-yaml, no positions, a check by
 * hand); only when something is wrong is the file handed back as a Refusal,
 * for zod to explain and the positioned parser to place (explain-refusal.ts).
 */
export function loadInventoryWithoutZod(
  text: string,
  file: string,
  method: Method,
  format = detectFormat(file, text),
): Result<Inventory> | { refusal: Refusal } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail({ file, message: 'the file is empty: an inventory needs a "processes" list' });

  let value: unknown;
  let where: Locator | undefined;
  let lazyWhere = (): Locator => where ?? { file, locate: () => undefined };
  let positionedErrors = (): Diagnostic[] | undefined => undefined;
  if (format === 'csv') {
    const csv = inventoryFromCsv(text, file, method);
    if (!csv.ok) return csv;
    ({ value, where } = csv.value);
  } else {
    const read = readDocument(text, file, { format });
    if (!read.ok) return read;
    const doc = read.value;
    value = doc.value;
    if (text.length > QUICK_LOCATE_ABOVE) {
      // Positions in a big file come from one js-yaml pass: the positioned parser would take a minute.
      lazyWhere = () => (where ??= quickLocator(text, file));
    } else {
      lazyWhere = () => doc;
      positionedErrors = () => doc.refusal();
    }
  }

  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'processes')) {
    const at = lazyWhere().locate([]);
    return fail(...(positionedErrors() ?? [{ file, ...at, message: 'an inventory must be a mapping with a "processes" list' }]));
  }
  // A CSV's flag cells are read as yes or no already (inventoryFromCsv): only YAML and JSON can still hold spelled flags.
  if (format !== 'csv') normaliseFlagWords(value, flagIdsOf(method));
  const accepted = wellFormedInventory(value, method);
  if (accepted === undefined) return { refusal: { value: value as Record<string, unknown>, file, method, where: lazyWhere, positionedErrors } };
  return finishInventory(accepted, file, method, lazyWhere);
}

/** An inventory the schema accepts, turned into processes and checked across processes (duplicate ids, metric directions, currency). */
export function finishInventory(accepted: unknown, file: string, method: Method, lazyWhere: () => Locator): Result<Inventory> {
  const raw = accepted as RawInventory;
  const processes = raw.processes.map((p) => toProcess(p, method));
  const duplicates = findDuplicateIds(processes, file, lazyWhere);
  if (duplicates.length > 0) return failAll(duplicates);
  const undirected = method.metricDirections ? unknownMetricDirections(processes, method.metricDirections, lazyWhere) : [];
  if (undirected.length > 0) return failAll(undirected);
  const inventory: Inventory = { processes };
  if (raw.organisation !== undefined) inventory.organisation = raw.organisation;
  if (raw.currency !== undefined) inventory.currency = raw.currency;
  if (raw.rates !== undefined) inventory.rates = raw.rates;
  const noCurrency = moneyWithoutCurrency(inventory, file, lazyWhere);
  if (noCurrency) return fail(noCurrency);
  return ok(inventory);
}

const flagIdCache = new WeakMap<Method, Set<string>>();
function flagIdsOf(method: Method): Set<string> {
  let ids = flagIdCache.get(method);
  if (!ids) flagIdCache.set(method, (ids = new Set(method.criteria.filter((c) => c.type === 'flag').map((c) => c.id))));
  return ids;
}

/** A validated inventory before normalising: answers may still hold `null` for "not answered". */
interface RawInventory {
  organisation?: string;
  currency?: Inventory['currency'];
  rates?: Inventory['rates'];
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
  if (p.cost) out.cost = p.cost;
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

function findDuplicateIds(processes: Process[], file: string, where: () => Locator): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  processes.forEach((p, index) => {
    const previous = first.get(p.id);
    if (previous === undefined) first.set(p.id, index);
    else if (out.length < 50) {
      out.push({
        file,
        ...where().locate(['processes', index, 'id']),
        message: `processes[${index}].id: duplicate id "${p.id}" (first used by processes[${previous}])`,
      });
    }
  });
  return out;
}
