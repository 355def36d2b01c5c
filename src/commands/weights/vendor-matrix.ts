import { readDocument } from '../../core/parse/read-document.js';
import { VENDOR_CRITERION_IDS } from '../../core/vendors/criteria.js';

/**
 * Whether a comparisons file compares vendor criteria (for `outsource
 * vendors --weights`) rather than the method's step-6 criteria: true when its
 * first criterion is a vendor criterion. The parser then checks every other.
 * It reads through the one guarded reader, so a hostile file costs no more here
 * than where it is refused.
 */
export function namesVendorCriteria(text: string, file: string): boolean {
  const doc = readDocument(text, file);
  if (!doc.ok) return false;
  const value = doc.value.value as { criteria?: unknown } | null;
  const first = value !== null && typeof value === 'object' && Array.isArray(value.criteria) ? (value.criteria as unknown[])[0] : undefined;
  return typeof first === 'string' && VENDOR_CRITERION_IDS.includes(first);
}
