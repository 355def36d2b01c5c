import { VOLUME_PATTERNS } from '../engagement/volume-keys.js';
import { CURRENCY_CODE, isKnownCurrency } from '../../util/currency-code.js';

/*
 * The money and volume fields of an inventory, checked by hand exactly as
 * their zod schemas (money/schema.ts, engagement/schema.ts) check them, so
 * that a valid file never needs zod. A property test holds the two together.
 */

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isAmount = (v: unknown) => isNumber(v) && v >= 0 && v <= 1e12;
const isOptionalAmount = (v: unknown) => v === undefined || isAmount(v);

/** Only the listed keys, as a strict zod object allows (it walks keys with for...in). */
export function onlyKeys(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

export function isCurrency(v: unknown): boolean {
  return typeof v === 'string' && CURRENCY_CODE.test(v) && isKnownCurrency(v);
}

const RATE_FIELDS = new Set(['in_house_hourly', 'vendor_hourly', 'seat_monthly']);
export function isRates(v: unknown): boolean {
  return (
    isObject(v) && onlyKeys(v, RATE_FIELDS) && isOptionalAmount(v.in_house_hourly) && isOptionalAmount(v.vendor_hourly) && isOptionalAmount(v.seat_monthly)
  );
}

const COST_FIELDS = new Set(['in_house_annual', 'vendor_annual', 'transition', 'exit', 'governance_share', 'term_years']);
export function isCost(v: unknown): boolean {
  if (!isObject(v) || !onlyKeys(v, COST_FIELDS)) return false;
  if (!isOptionalAmount(v.in_house_annual) || !isOptionalAmount(v.vendor_annual) || !isOptionalAmount(v.transition) || !isOptionalAmount(v.exit)) return false;
  const share = v.governance_share;
  if (share !== undefined && !(isNumber(share) && share >= 0 && share <= 1)) return false;
  const term = v.term_years;
  return term === undefined || (Number.isSafeInteger(term) && (term as number) >= 1 && (term as number) <= 50);
}

const VOLUME_FIELDS = new Set(['hours_per_month', 'pattern']);
const PATTERNS: ReadonlySet<unknown> = new Set(VOLUME_PATTERNS);
export function isVolume(v: unknown): boolean {
  if (!isObject(v) || !onlyKeys(v, VOLUME_FIELDS)) return false;
  const hours = v.hours_per_month;
  return isNumber(hours) && hours >= 0 && hours <= 1_000_000 && PATTERNS.has(v.pattern);
}

/** zod's test for a record's input: an object whose prototype looks like Object's (or none). */
export function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prot = (ctor as { prototype?: unknown }).prototype;
  if (!isObject(prot)) return false;
  return Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');
}
