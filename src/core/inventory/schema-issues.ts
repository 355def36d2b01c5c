import type { z } from 'zod';
import { MAX_ERRORS } from '../parse/diagnostics.js';
import type { Method } from '../method.js';
import { inventoryShape, processShape } from './schema.js';
import { wellFormedProcess } from './well-formed.js';

/**
 * What zod says about an inventory the fast check refused: its issues, in
 * the order one parse of the whole file gives them, or the parsed data.
 * Processes the fast check accepts cannot have issues, so only the others
 * are parsed, one by one, and the search stops at MAX_ERRORS issues: a file
 * whose 100,000 rows are all wrong costs the first thousand, not a hundred
 * thousand finished messages of which fifty are shown.
 */
export function inventoryIssues(value: Record<string, unknown>, method: Method): { issues: z.core.$ZodIssue[] } | { data: unknown } {
  const whole = inventoryShape(method);
  const processes = value.processes;
  if (!Array.isArray(processes)) return result(whole.safeParse(value));
  const root = whole.safeParse({ ...value, processes: [] });
  const wellFormed = wellFormedProcess(method);
  const shape = processShape(method);
  const found: z.core.$ZodIssue[] = [];
  for (let i = 0; i < processes.length && found.length < MAX_ERRORS; i++) {
    if (wellFormed(processes[i])) continue;
    const parsed = shape.safeParse(processes[i]);
    if (!parsed.success) for (const issue of parsed.error.issues) found.push({ ...issue, path: ['processes', i, ...issue.path] });
  }
  // Nothing wrong after all (the fast check is cautious): the data comes from one parse, as it always did.
  if (root.success && found.length === 0) return result(whole.safeParse(value));
  // A strict object reports its fields in shape order (processes last), then its unknown keys.
  const rootIssues = root.success ? [] : root.error.issues;
  const unknownRootKeys = (issue: z.core.$ZodIssue) => issue.code === 'unrecognized_keys' && issue.path.length === 0;
  return { issues: [...rootIssues.filter((i) => !unknownRootKeys(i)), ...found, ...rootIssues.filter(unknownRootKeys)] };
}

const result = (parsed: z.ZodSafeParseResult<unknown>) => (parsed.success ? { data: parsed.data } : { issues: parsed.error.issues });
