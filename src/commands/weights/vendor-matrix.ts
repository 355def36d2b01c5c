import { parseDocument } from 'yaml';
import { VENDOR_CRITERION_IDS } from '../../core/vendors/criteria.js';

/**
 * Whether a comparisons file compares vendor criteria (for `outsource
 * vendors --weights`) rather than the method's step-6 criteria: true when its
 * first criterion is a vendor criterion. The parser then checks every other.
 */
export function namesVendorCriteria(text: string): boolean {
  try {
    const criteria: unknown = parseDocument(text).get('criteria');
    const first = (criteria as { items?: { value?: unknown }[] } | undefined)?.items?.[0]?.value;
    return typeof first === 'string' && VENDOR_CRITERION_IDS.includes(first);
  } catch {
    return false;
  }
}
