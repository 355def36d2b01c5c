import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, ok } from '../parse/diagnostics.js';
import { readDocument } from '../parse/read-document.js';
import { issuesToDiagnostics, type Locator } from '../parse/zod-diagnostics.js';
import { didYouMean } from '../../util/suggest.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { VENDOR_CRITERION_IDS } from './criteria.js';
import { VENDORS_FILE_KEYS, VENDOR_KEYS, vendorsFileShape, weightsFileShape, type VendorsFile } from './schema.js';

export interface LoadedVendors {
  vendors: VendorsFile;
  where: Locator;
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return VENDORS_FILE_KEYS;
  if (path[0] === 'weights' || path.at(-1) === 'ratings') return VENDOR_CRITERION_IDS;
  if (path[0] === 'vendors' && path.length === 2) return VENDOR_KEYS;
  return [];
}

/** Parses and validates a vendors file (YAML or JSON); every error points at its node. */
export function loadVendors(text: string, file: string): Result<LoadedVendors> {
  const doc = readDocument(text, file);
  if (!doc.ok) return doc;
  const value = doc.value.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('vendors' in value)) {
    return fail({ file, line: 1, column: 1, message: 'a vendors file must be a mapping with a "vendors" list' });
  }
  const parsed = vendorsFileShape.safeParse(value);
  if (!parsed.success) return fail(...issuesToDiagnostics(parsed.error.issues, value, doc.value, knownKeys).slice(0, 50));
  const vendors = parsed.data;
  const errors: Diagnostic[] = [];
  const seen = new Map<string, number>();
  vendors.vendors.forEach((v, index) => {
    const first = seen.get(v.id);
    if (first === undefined) seen.set(v.id, index);
    else
      errors.push({
        file,
        ...doc.value.locate(['vendors', index, 'id']),
        message: `vendors[${index}].id: duplicate id "${v.id}" (first used by vendors[${first}])`,
      });
  });
  if (vendors.weights && !Object.values(vendors.weights).some((w) => (w ?? 0) > 0)) {
    errors.push({ file, ...doc.value.locate(['weights']), message: 'weights: at least one weight must be greater than 0' });
  }
  if (errors.length > 0) return failAll(errors);
  return ok({ vendors, where: doc.value });
}

/**
 * Reads weights from a file that has a top-level `weights:` map, such as the
 * JSON `outsource weights --format json` prints. Only vendor criteria count.
 */
export function loadWeights(text: string, file: string): Result<Record<string, number>> {
  const doc = readDocument(text, file);
  if (!doc.ok) return doc;
  // The rules file `outsource weights --out` writes keeps its weights under criteria.<id>.priority.weight.
  const fromRules = weightsOfRulesFile(doc.value.value);
  const parsed = weightsFileShape.safeParse(fromRules ?? doc.value.value);
  if (!parsed.success) return fail(...issuesToDiagnostics(parsed.error.issues, doc.value.value, doc.value).slice(0, 20));
  const errors: Diagnostic[] = [];
  const weights: Record<string, number> = {};
  const ids = Object.keys(parsed.data.weights);
  // No id is a vendor criterion, nor a typo of one: these are weights of something else (the method's criteria).
  if (ids.length > 0 && ids.every((id) => !VENDOR_CRITERION_IDS.includes(id) && didYouMean(id, VENDOR_CRITERION_IDS) === '')) {
    return fail({ file, ...doc.value.locate(fromRules ? ['criteria'] : ['weights'], true), message: methodWeightsMessage(ids) });
  }
  for (const [id, w] of Object.entries(parsed.data.weights)) {
    const at = doc.value.locate(fromRules ? ['criteria', id] : ['weights', id], true);
    if (!VENDOR_CRITERION_IDS.includes(id)) {
      errors.push({
        file,
        ...at,
        message: `weights: "${sanitize(truncate(id, 60))}" is not a vendor criterion${didYouMean(id, VENDOR_CRITERION_IDS)} (criteria: ${VENDOR_CRITERION_IDS.join(', ')})`,
      });
    } else if (!Number.isFinite(w) || w < 0) {
      errors.push({ file, ...at, message: `weights.${id}: ${w} must be a number of 0 or more` });
    } else Object.defineProperty(weights, id, { value: w, enumerable: true, writable: true, configurable: true });
  }
  if (errors.length === 0 && !Object.values(weights).some((w) => w > 0))
    errors.push({ file, ...doc.value.locate(['weights']), message: 'weights: at least one weight must be greater than 0' });
  return errors.length > 0 ? failAll(errors) : ok(weights);
}

/** `{ weights }` from a rules file's `criteria: { id: { priority: { weight } } }`; undefined for any other file. */
function weightsOfRulesFile(value: unknown): { weights: Record<string, unknown> } | undefined {
  if (value === null || typeof value !== 'object' || Object.hasOwn(value, 'weights')) return undefined;
  const criteria = (value as { criteria?: unknown }).criteria;
  if (criteria === null || typeof criteria !== 'object' || Array.isArray(criteria)) return undefined;
  const weights: Record<string, unknown> = {};
  for (const [id, c] of Object.entries(criteria)) {
    const weight = (c as { priority?: { weight?: unknown } } | null)?.priority?.weight;
    if (weight !== undefined) Object.defineProperty(weights, id, { value: weight, enumerable: true, writable: true, configurable: true });
  }
  return { weights };
}

/** Weights of the method's criteria (for `score --rules`) are not vendor weights: say how to get vendor ones. */
function methodWeightsMessage(ids: readonly string[]): string {
  const shown = ids
    .slice(0, 3)
    .map((id) => sanitize(truncate(id, 40)))
    .join(', ');
  return `these are weights of the method's criteria (${shown}${ids.length > 3 ? ', ...' : ''}), for \`outsource score --rules\`, not of vendor criteria; derive vendor weights with \`outsource weights --matrix FILE\` whose criteria are vendor criteria (${VENDOR_CRITERION_IDS.join(', ')}); see docs/vendors.md`;
}
