import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail } from '../parse/diagnostics.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import type { Inventory } from './types.js';
import { INVENTORY_KEYS, PROCESS_KEYS } from './keys.js';
import { COST_KEYS, RATE_KEYS } from '../money/keys.js';
import { inventoryIssues } from './schema-issues.js';
import { finishInventory, type Refusal } from './load-without-zod.js';

/** What zod says about an inventory the hand check refused, placed in the file; or the inventory, if zod accepts it after all. */
export function explainRefusal({ value, file, method, where, positionedErrors }: Refusal): Result<Inventory> {
  const parsed = inventoryIssues(value, method);
  if ('data' in parsed) return finishInventory(parsed.data, file, method, where);
  const known = (path: readonly PropertyKey[]) =>
    path.length === 0
      ? INVENTORY_KEYS
      : path.at(-1) === 'cost'
        ? COST_KEYS
        : path[0] === 'rates'
          ? RATE_KEYS
          : path.at(-1) === 'answers' || path.at(-2) === 'answers_by'
            ? [...method.criteriaById.keys()]
            : path.length === 2
              ? [...PROCESS_KEYS, 'answers_by']
              : ['name', 'unit', 'baseline', 'target', 'better'];
  const diags = issuesToDiagnostics(parsed.issues, value, where(), known).map(renameUnknownCriterion);
  return fail(...(positionedErrors() ?? diags.slice(0, 50)));
}

function renameUnknownCriterion(d: Diagnostic): Diagnostic {
  return { ...d, message: d.message.replace(/^(processes\[\d+\]\.answers): unknown key/, '$1: unknown criterion') };
}
