import { VENDOR_CRITERION_IDS } from '../../core/vendors/criteria.js';

/**
 * Whether a comparisons file compares vendor criteria (for `outsource
 * vendors --weights`) rather than the method's step-6 criteria: true when its
 * first criterion is a vendor criterion. The parser then checks every other.
 * It looks at the document the caller read once, so a hostile file is parsed
 * no more often here than where it is refused.
 */
export function namesVendorCriteria(value: unknown): boolean {
  const criteria = value !== null && typeof value === 'object' ? (value as { criteria?: unknown }).criteria : undefined;
  const first = Array.isArray(criteria) ? (criteria as unknown[])[0] : undefined;
  return typeof first === 'string' && VENDOR_CRITERION_IDS.includes(first);
}
