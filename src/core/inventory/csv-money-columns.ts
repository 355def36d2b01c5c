import type { Diagnostic } from '../parse/diagnostics.js';
import { COST_KEYS, RATE_KEYS } from '../money/keys.js';
import { VOLUME_KEYS } from '../engagement/volume-keys.js';
import { sanitize, truncate } from '../../util/sanitize.js';

/**
 * Columns that carry what a YAML inventory nests, named by the same path:
 * `volume.hours_per_month`, `cost.transition`, `rates.seat_monthly`,
 * `currency`. Criterion ids have no dot, so the names cannot collide.
 * Process columns fill that row's process; file-wide columns (currency,
 * rates) must agree on every row that fills them.
 */
export const PROCESS_COLUMNS: ReadonlyMap<string, readonly [string, string]> = new Map<string, readonly [string, string]>([
  ...VOLUME_KEYS.map((k): [string, [string, string]] => [`volume.${k}`, ['volume', k]]),
  ...COST_KEYS.map((k): [string, [string, string]] => [`cost.${k}`, ['cost', k]]),
]);
export const FILE_COLUMNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['currency', ['currency']],
  ...RATE_KEYS.map((k): [string, string[]] => [`rates.${k}`, ['rates', k]]),
]);

export const isNestedColumn = (name: string) => PROCESS_COLUMNS.has(name) || FILE_COLUMNS.has(name);
export const NESTED_COLUMNS = [...PROCESS_COLUMNS.keys(), ...FILE_COLUMNS.keys()];

const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
/** A number where the cell holds one; anything else stays text for the schema to refuse at the cell. */
const value = (cell: string): unknown => (NUMBER.test(cell) ? Number(cell) : cell);

/** Puts a row's nested cells on its process. */
export function addProcessCells(process: Record<string, unknown>, columns: readonly string[], row: readonly string[]): void {
  for (let c = 0; c < columns.length; c++) {
    const path = PROCESS_COLUMNS.get(columns[c] ?? '');
    if (!path) continue;
    const cell = (row[c] ?? '').trim();
    if (cell === '') continue;
    const [group, key] = path;
    const holder = (process[group] ??= {}) as Record<string, unknown>;
    holder[key] = path[1] === 'pattern' ? cell : value(cell);
  }
}

/** The file-wide values, each from the first row that fills it; a row that says otherwise is an error at its cell. */
export function fileCells(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  at: (row: number, cell: number) => Omit<Diagnostic, 'file' | 'message'>,
  file: string,
): { values: Record<string, unknown>; firstRow: Map<string, number>; errors: Diagnostic[]; nested: boolean } {
  const values: Record<string, unknown> = {};
  const firstRow = new Map<string, number>();
  const errors: Diagnostic[] = [];
  columns.forEach((name, c) => {
    const path = FILE_COLUMNS.get(name);
    if (!path) return;
    let seen: string | undefined;
    for (let r = 1; r < rows.length; r++) {
      const cell = (rows[r]?.[c] ?? '').trim();
      if (cell === '') continue;
      if (seen === undefined) {
        seen = cell;
        firstRow.set(name, r);
        if (path.length === 1) values[name] = cell;
        else ((values[path[0] ?? ''] ??= {}) as Record<string, unknown>)[path[1] ?? ''] = value(cell);
      } else if (cell !== seen && errors.length < 20) {
        errors.push({
          file,
          ...at(r, c),
          message: `${name} is one value for the whole file: this row says "${sanitize(truncate(cell, 40))}", an earlier row "${sanitize(truncate(seen, 40))}"`,
        });
      }
    }
  });
  return { values, firstRow, errors, nested: columns.some((c) => PROCESS_COLUMNS.has(c)) };
}
