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
  const quick = plainCsv(text, file);
  return quick ? ok(quick) : csvTable(text, file);
}

/** Any CSV, through the table of cells: every problem with its place. */
export function csvTable(text: string, file: string): Result<ActualsFile> {
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

/**
 * Actuals in plain CSV (no quotes, no carriage returns), read straight into
 * records: the same records and positions as the general path below, without
 * a table of cells and an object per row in between. undefined as soon as
 * anything is unusual or wrong: the general path then reads the file and
 * says exactly what.
 */
export function plainCsv(text: string, file: string): ActualsFile | undefined {
  if (text.includes('"') || text.includes('\r')) return undefined;
  let start = 0;
  while (text.charCodeAt(start) === 10) start++;
  const headEnd = text.indexOf('\n', start);
  const columns = text
    .slice(start, headEnd === -1 ? text.length : headEnd)
    .split(',')
    .map((h) => h.trim().toLowerCase());
  if (columns.some((c) => c !== '' && !FIELDS.includes(c as ActualField)) || REQUIRED.some((f) => !columns.includes(f))) return undefined;
  const [pi, mi, ti, vi, ui] = FIELDS.map((f) => columns.indexOf(f)) as [number, number, number, number, number];
  const actuals: Actual[] = [];
  const offsets: number[] = [];
  const cells = new PlainCells(text, columns.length);
  for (let i = headEnd === -1 ? text.length : headEnd + 1; i < text.length;) {
    const end = text.indexOf('\n', i);
    const lineEnd = end === -1 ? text.length : end;
    const lineStart = i;
    i = lineEnd + 1;
    if (lineEnd === lineStart) continue;
    cells.read(lineStart, lineEnd);
    const process = cells.process(pi);
    const metric = cells.repeated(mi, 'metric');
    const period = cells.period(ti);
    const valueText = cells.text(vi);
    if (!process || !metric || !period || !valueText) return undefined;
    const value = numberCell(valueText);
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    const actual: Actual = { process, metric, period, value, index: actuals.length };
    const unit = cells.repeated(ui, 'unit');
    if (unit) actual.unit = unit;
    actuals.push(actual);
    offsets.push(lineStart);
  }
  const locate: ActualsFile['locate'] = (index, field) => {
    const offset = offsets[index] ?? 0;
    return positionOf(text, field === undefined ? offset : cellOffset(text, offset, columns.indexOf(field)));
  };
  return { file, actuals, locate };
}

/** What String.prototype.trim removes, by char code. */
const isTrimmed = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * The cells of one plain CSV line, found without splitting it. Thousands of
 * rows repeat the same process, metric, unit and period: those are matched
 * against the ones already read instead of being copied out again, so a
 * large file costs few allocations (and little garbage collection).
 */
class PlainCells {
  private readonly starts: Int32Array;
  private found = 0;
  private lineEnd = 0;
  private lastProcess = '';
  private readonly seen = { metric: [] as string[], unit: [] as string[] };
  private readonly months = new Map<number, Period | undefined>();
  private readonly periods = new Map<string, Period | undefined>();

  constructor(
    private readonly source: string,
    private readonly width: number,
  ) {
    this.starts = new Int32Array(width + 1);
  }

  read(lineStart: number, lineEnd: number): void {
    this.lineEnd = lineEnd;
    this.starts[0] = lineStart;
    let k = 0;
    for (let p = lineStart; k < this.width;) {
      const comma = this.source.indexOf(',', p);
      if (comma === -1 || comma >= lineEnd) break;
      this.starts[++k] = comma + 1;
      p = comma + 1;
    }
    this.found = k;
  }

  /** Start and end of the cell last bounded. */
  private s = 0;
  private e = 0;

  /** Bounds cell j, trimmed; false when the line has no such cell. */
  private bound(j: number): boolean {
    if (j < 0 || j > this.found) return false;
    let s = this.starts[j] ?? 0;
    let e = j < this.found ? (this.starts[j + 1] ?? 0) - 1 : this.lineEnd;
    while (s < e && isTrimmed(this.source.charCodeAt(s))) s++;
    while (e > s && isTrimmed(this.source.charCodeAt(e - 1))) e--;
    this.s = s;
    this.e = e;
    return true;
  }

  /** Cell j as trimmed text ('' when blank), as the general path reads it. */
  text(j: number): string | undefined {
    return this.bound(j) ? this.source.slice(this.s, this.e) : undefined;
  }

  process(j: number): string | undefined {
    if (!this.bound(j)) return undefined;
    const last = this.lastProcess;
    if (last.length === this.e - this.s && last.length > 0 && this.source.startsWith(last, this.s)) return last;
    return (this.lastProcess = this.source.slice(this.s, this.e));
  }

  repeated(j: number, kind: 'metric' | 'unit'): string | undefined {
    if (!this.bound(j)) return undefined;
    const seen = this.seen[kind];
    for (const known of seen) if (known.length === this.e - this.s && this.source.startsWith(known, this.s)) return known;
    const cell = this.source.slice(this.s, this.e);
    if (seen.length < 32) seen.push(cell);
    return cell;
  }

  private digit(at: number): number {
    const c = this.source.charCodeAt(at) - 48;
    return c >= 0 && c <= 9 ? c : -10_000_000;
  }

  period(j: number): Period | undefined {
    if (!this.bound(j)) return undefined;
    const { s, e } = this;
    // YYYY-MM, the usual form, is looked up by its number: no text is copied out.
    if (e - s === 7 && this.source.charCodeAt(s + 4) === 45) {
      const code =
        this.digit(s) * 100_000 + this.digit(s + 1) * 10_000 + this.digit(s + 2) * 1000 + this.digit(s + 3) * 100 + this.digit(s + 5) * 10 + this.digit(s + 6);
      if (code >= 0) {
        if (this.months.has(code)) return this.months.get(code);
        const period = parsePeriod(this.source.slice(s, e));
        this.months.set(code, period);
        return period;
      }
    }
    const text = this.source.slice(s, e);
    if (!this.periods.has(text)) this.periods.set(text, parsePeriod(text));
    return this.periods.get(text);
  }
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
