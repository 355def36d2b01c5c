import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { parseCsv, cellOffset } from '../inventory/csv.js';
import { positionOf } from '../parse/position.js';
import { readDocument } from '../parse/read-document.js';
import { didYouMean } from '../../util/suggest.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { parsePeriod, type Period } from './period.js';

/** One measured value: what the vendor delivered in a period. */
export interface Actual {
  process: string;
  metric: string;
  period: Period;
  value: number;
  unit?: string;
  /** Index of the record in the file, to say where it is. */
  index: number;
}

export type ActualsFormat = 'csv' | 'yaml' | 'json';
export type ActualField = 'process' | 'metric' | 'period' | 'value' | 'unit';

export interface ActualsFile {
  file: string;
  actuals: Actual[];
  /** Line and column of a record (or one of its fields); computed only when asked. */
  locate(index: number, field?: ActualField): { line: number; column: number } | undefined;
}

const FIELDS: readonly ActualField[] = ['process', 'metric', 'period', 'value', 'unit'];
const REQUIRED: readonly ActualField[] = ['process', 'metric', 'period', 'value'];
const MAX_ERRORS = 20;
const show = (s: string) => sanitize(truncate(s, 80));

export function detectActualsFormat(file: string, text: string): ActualsFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return /^"?process"?\s*,/i.test(start) ? 'csv' : 'yaml';
}

/**
 * Reads actuals as CSV (`process,metric,period,value[,unit]`) or as YAML or
 * JSON records of the same fields (a list, or a mapping with `actuals:`).
 * Every record is checked here; whether it belongs to an SLA is the tracker's question.
 */
export function parseActuals(text: string, file: string, format = detectActualsFormat(file, text)): Result<ActualsFile> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail({ file, message: 'the file is empty: actuals need records of process, metric, period and value' });
  return format === 'csv' ? fromCsv(text, file) : fromDocument(text, file);
}

interface RawRecord {
  get(field: ActualField): unknown;
}

function fromCsv(text: string, file: string): Result<ActualsFile> {
  const table = parseCsv(text, file);
  if (!table.ok) return table;
  const [head = [], ...rows] = table.value.rows;
  const columns = head.map((h) => h.trim().toLowerCase());
  const errors: Diagnostic[] = [];
  columns.forEach((c, i) => {
    if (c !== '' && !FIELDS.includes(c as ActualField))
      errors.push({
        file,
        ...positionOf(text, cellOffset(text, 0, i)),
        message: `unknown column "${show(head[i] ?? '')}"${didYouMean(c, FIELDS)}; the columns are process, metric, period, value and optionally unit`,
      });
  });
  for (const f of REQUIRED)
    if (!columns.includes(f))
      errors.push({ file, line: 1, column: 1, message: `the header has no "${f}" column; the columns are process, metric, period, value and optionally unit` });
  if (errors.length > 0) return fail(...errors);
  const at = (row: number, field?: ActualField) => {
    const offset = table.value.rowOffsets[row + 1] ?? 0;
    return positionOf(text, field === undefined ? offset : cellOffset(text, offset, columns.indexOf(field)));
  };
  const kept: number[] = [];
  const index = FIELDS.map((f) => columns.indexOf(f));
  const records: RawRecord[] = [];
  // One small object per row that reads its cells on demand: 36,000 rows cost little.
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    kept.push(row);
    records.push(new CsvRecord(cells, index));
  }
  return toActuals(records, file, (i, field) => at(kept[i] ?? 0, field));
}

class CsvRecord implements RawRecord {
  constructor(
    private readonly cells: string[],
    private readonly index: number[],
  ) {}
  get(field: ActualField): unknown {
    const column = this.index[FIELDS.indexOf(field)] ?? -1;
    const cell = column < 0 ? undefined : this.cells[column];
    if (cell === undefined) return undefined;
    const t = cell.trim();
    return t === '' ? undefined : field === 'value' ? numberCell(t) : t;
  }
}

/** A CSV cell as a number when it is one; otherwise the text, so that the error can quote it. */
function numberCell(cell: string): number | string {
  const t = cell.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : t;
}

function fromDocument(text: string, file: string): Result<ActualsFile> {
  const parsed = readDocument(text, file);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const root = doc.value;
  const wrapped = root !== null && typeof root === 'object' && !Array.isArray(root) && Object.hasOwn(root, 'actuals');
  const list: unknown = wrapped ? (root as { actuals: unknown }).actuals : root;
  const prefix: PropertyKey[] = wrapped ? ['actuals'] : [];
  if (!Array.isArray(list))
    return fail({
      file,
      ...doc.locate(prefix),
      message: 'actuals must be a list of records with process, metric, period and value (or a mapping with such a list under actuals:)',
    });
  const errors: Diagnostic[] = [];
  const records: RawRecord[] = [];
  list.forEach((item: unknown, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      if (errors.length < MAX_ERRORS)
        errors.push({ file, ...doc.locate([...prefix, i]), message: `record ${i + 1} must be a mapping with process, metric, period and value` });
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!FIELDS.includes(key as ActualField) && errors.length < MAX_ERRORS)
        errors.push({ file, ...doc.locate([...prefix, i, key], true), message: `record ${i + 1}: unknown field "${show(key)}"${didYouMean(key, FIELDS)}` });
    }
    records.push({
      get: (field) => {
        const v = Object.hasOwn(record, field) ? record[field] : undefined;
        // A quoted number ("12.5") is still a number; anything else is quoted back in the error.
        return field === 'value' && typeof v === 'string' ? numberCell(v) : (v ?? undefined);
      },
    });
  });
  if (errors.length > 0) return fail(...errors);
  return toActuals(records, file, (index, field) => doc.locate(field === undefined ? [...prefix, index] : [...prefix, index, field]));
}

function toActuals(records: RawRecord[], file: string, locate: ActualsFile['locate']): Result<ActualsFile> {
  const errors: Diagnostic[] = [];
  const actuals: Actual[] = [];
  // Thousands of records share a few dozen periods: each is parsed once.
  const periods = new Map<string, Period | undefined>();
  const error = (index: number, field: ActualField | undefined, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ file, ...locate(index, field), message });
  };
  const text = (r: RawRecord, index: number, field: ActualField): string | undefined => {
    const v = r.get(field);
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    error(index, field, `${field} must be text, not a list or a mapping`);
    return undefined;
  };
  for (let index = 0; index < records.length; index++) {
    const r = records[index] as RawRecord;
    const process = text(r, index, 'process');
    const metric = text(r, index, 'metric');
    const periodText = text(r, index, 'period');
    const unit = text(r, index, 'unit');
    if (process === undefined) error(index, 'process', 'the process is missing');
    if (metric === undefined) error(index, 'metric', 'the metric is missing');
    if (periodText === undefined) error(index, 'period', 'the period is missing');
    let period: Period | undefined;
    if (periodText !== undefined) {
      if (periods.has(periodText)) period = periods.get(periodText);
      else periods.set(periodText, (period = parsePeriod(periodText)));
      if (!period) error(index, 'period', `period "${show(periodText)}" is not a month (YYYY-MM) or a date (YYYY-MM-DD)`);
    }
    const raw = r.get('value');
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    if (value === undefined)
      error(
        index,
        'value',
        raw === undefined || raw === null || raw === ''
          ? 'the value is missing'
          : `value ${typeof raw === 'string' ? `"${show(raw)}"` : 'of this kind'} is not a number`,
      );
    if (process === undefined || metric === undefined || period === undefined || value === undefined) continue;
    const actual: Actual = { process, metric, period, value, index };
    if (unit !== undefined) actual.unit = unit;
    actuals.push(actual);
  }
  if (errors.length > 0) return fail(...errors);
  return ok({ file, actuals, locate });
}
