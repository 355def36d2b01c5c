import type { Method } from '../method.js';
import { raterNameProblem } from './rater-name.js';
import { isCost, isCurrency, isObject, isPlainObject, isRates, isVolume, onlyKeys } from './well-formed-fields.js';

const ID = /^[a-z0-9-]+$/;
const NOT_BLANK = /\S/;
const METRIC_KEYS = new Set(['name', 'unit', 'baseline', 'target', 'better']);
const ROOT_KEYS = new Set(['$schema', 'organisation', 'currency', 'rates', 'processes']);
const PROCESS_FIELDS = new Set(['id', 'name', 'function', 'answers', 'answers_by', 'metrics', 'merged_from', 'volume', 'cost']);

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max && NOT_BLANK.test(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 100 && ID.test(v);
const isOptionalNumber = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

/**
 * An inventory checked by hand exactly as the zod schema of
 * `inventory/schema.ts` checks it: the value zod would give back (the input
 * itself, or a copy where zod drops something), or undefined when zod would
 * refuse it. Only a refused file needs zod, to say why. A property test holds
 * the two to the same answers.
 */
export function wellFormedInventory(value: unknown, method: Method): Record<string, unknown> | undefined {
  if (!isObject(value) || !onlyKeys(value, ROOT_KEYS)) return undefined;
  if (value.$schema !== undefined && typeof value.$schema !== 'string') return undefined;
  if (value.organisation !== undefined && (typeof value.organisation !== 'string' || value.organisation.length > 500)) return undefined;
  if (value.currency !== undefined && !isCurrency(value.currency)) return undefined;
  if (value.rates !== undefined && !isRates(value.rates)) return undefined;
  const processes = value.processes;
  if (!Array.isArray(processes)) return undefined;
  const wellFormed = wellFormedProcess(method);
  let copy: unknown[] | undefined;
  for (let i = 0; i < processes.length; i++) {
    const p: unknown = processes[i];
    const checked = wellFormed(p);
    if (checked === undefined) return undefined;
    if (checked !== p) {
      if (!copy) {
        copy = [];
        for (let j = 0; j < processes.length; j++) copy.push(processes[j]);
      }
      copy[i] = checked;
    }
  }
  return copy ? { ...fieldsOf(value, ROOT_KEYS), processes: copy } : value;
}

/** A copy of an object's fields read by name, as zod copies them (hidden and inherited ones too). */
function fieldsOf(value: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in value) out[key] = value[key];
  return out;
}

/** Whether zod accepts the inventory as it is. */
export function isWellFormedInventory(value: unknown, method: Method): boolean {
  return wellFormedInventory(value, method) !== undefined;
}

/** The check of one process, built once per method: the process zod would give back, or undefined when it would refuse it. */
export function wellFormedProcess(method: Method): (p: unknown) => Record<string, unknown> | undefined {
  const answersOk = wellFormedAnswers(method);
  return (p) => {
    if (!isObject(p) || !onlyKeys(p, PROCESS_FIELDS)) return undefined;
    if (!isId(p.id) || !isText(p.name, 500)) return undefined;
    if (p.function !== undefined && (typeof p.function !== 'string' || p.function.length > 200)) return undefined;
    if (p.answers !== undefined && !answersOk(p.answers)) return undefined;
    if (p.metrics !== undefined) {
      if (!Array.isArray(p.metrics) || p.metrics.length > 100) return undefined;
      // By index, as zod reads an array: a hostile array need not be iterable.
      for (let i = 0; i < p.metrics.length; i++) {
        const m: unknown = p.metrics[i];
        if (!isObject(m) || !onlyKeys(m, METRIC_KEYS)) return undefined;
        if (!isText(m.name, 200) || !isText(m.unit, 50) || !isOptionalNumber(m.baseline) || !isOptionalNumber(m.target)) return undefined;
        if (m.better !== undefined && m.better !== 'lower' && m.better !== 'higher') return undefined;
      }
    }
    if (p.merged_from !== undefined) {
      if (!Array.isArray(p.merged_from) || p.merged_from.length > 1000) return undefined;
      for (let i = 0; i < p.merged_from.length; i++) if (!isId(p.merged_from[i])) return undefined;
    }
    if (p.volume !== undefined && !isVolume(p.volume)) return undefined;
    if (p.cost !== undefined && !isCost(p.cost)) return undefined;
    if (p.answers_by === undefined) return p;
    const byRater = answersByOf(p.answers_by, answersOk);
    if (byRater === undefined) return undefined;
    return byRater === p.answers_by ? p : { ...fieldsOf(p, PROCESS_FIELDS), answers_by: byRater };
  };
}

/** The answers of one voice: each criterion on its scale or a flag; `null` and a missing key both mean "not answered". */
function wellFormedAnswers(method: Method): (answers: unknown) => boolean {
  const known = new Set(method.criteria.map((c) => c.id));
  const scales = method.criteria.filter((c) => c.type !== 'flag').map((c) => c.id);
  const flags = method.criteria.filter((c) => c.type === 'flag').map((c) => c.id);
  const { min, max } = method.scale;
  return (answers) => {
    if (!isObject(answers) || !onlyKeys(answers, known)) return false;
    // Each criterion read by name, as zod reads it (so hidden and inherited keys count too).
    for (const id of scales) {
      const v = answers[id];
      if (v !== null && v !== undefined && !(Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max)) return false;
    }
    for (const id of flags) {
      const v = answers[id];
      if (v !== null && v !== undefined && typeof v !== 'boolean') return false;
    }
    return true;
  };
}

/**
 * A record of answers by rater name, as zod reads it: own enumerable keys,
 * a `__proto__` key left out of the result, every name checked. The record
 * itself, a copy without `__proto__`, or undefined when refused.
 */
function answersByOf(value: unknown, answersOk: (answers: unknown) => boolean): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  let dropped = false;
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__') {
      dropped = true;
      continue;
    }
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key !== 'string' || !answersOk(value[key]) || raterNameProblem(key) !== undefined) return undefined;
  }
  if (!dropped) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (key !== '__proto__') out[key] = value[key];
  return out;
}
