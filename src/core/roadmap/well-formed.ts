import { isIsoDate } from '../parse/iso-date.js';

/**
 * A fast check, without zod, that a parsed roadmap certainly passes the zod
 * schema of `roadmap/schema.ts` and that zod would return it unchanged (its
 * texts already trimmed). It may refuse a valid file (then zod decides and
 * explains), but it never accepts one zod would refuse or change: a property
 * test holds it to that. A roadmap that passes is used as it is, so zod is
 * not even loaded.
 */
export function isWellFormedRoadmap(value: unknown): boolean {
  if (!isMap(value) || !onlyKeys(value, ROADMAP)) return false;
  if (!absentOr(value.$schema, (v) => typeof v === 'string')) return false;
  if (!absentOr(value.version, (v) => v === 1)) return false;
  if (typeof value.inventory !== 'string' || value.inventory.length < 1 || value.inventory.length > 1000) return false;
  if (!nullable(value.name, (v) => isText(v, 200)) || !nullable(value.owner, (v) => isText(v, 200))) return false;
  if (!nullable(value.review, isReview) || !nullable(value.tracking, isTracking)) return false;
  if (!nullable(value.vendors, isVendors)) return false;
  if (!nullable(value.items, (v) => isList(v, 100_000, isItem))) return false;
  return nullable(value.waivers, (v) => isList(v, 10_000, isWaiver));
}

const ROADMAP = new Set(['$schema', 'version', 'name', 'inventory', 'owner', 'review', 'tracking', 'vendors', 'items', 'waivers']);
const ITEM = new Set(['process', 'vendor', 'wave', 'engagement', 'location', 'slas', 'ip_owner', 'notes', 'in_house_owner']);
const SLA = new Set(['metric', 'unit', 'baseline', 'target', 'better', 'tolerance', 'window']);
const VENDOR = new Set(['name', 'scope', 'contact', 'notes']);
const REVIEW = new Set(['cadence', 'feedback_loop']);
const TRACKING = new Set(['actuals', 'cadence']);
const WAIVER = new Set(['rule', 'process', 'vendor', 'reason', 'expires']);
const ENGAGEMENTS = new Set(['resource-support', 'project-support']);
const LOCATIONS = new Set(['onshore', 'nearshore', 'offshore']);
const IP_OWNERS = new Set(['organisation', 'vendor', 'shared']);
const CADENCES = new Set(['weekly', 'fortnightly', 'monthly', 'quarterly', 'half-yearly', 'yearly']);
const BETTER = new Set(['lower', 'higher']);

const PROCESS_ID = /^[a-z0-9-]+$/;
const VENDOR_ID = /^[a-z0-9][a-z0-9_-]*$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Map_ = Record<string, unknown>;
const isMap = (v: unknown): v is Map_ => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
function onlyKeys(v: Map_, allowed: ReadonlySet<string>): boolean {
  for (const key in v) if (!Object.hasOwn(v, key) || !allowed.has(key)) return false;
  return true;
}
const absentOr = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const nullable = (v: unknown, test: (v: unknown) => boolean) => v === undefined || v === null || test(v);
/** zod's text(max): trimmed (here: already trimmed, so zod would not change it), at most max long. */
const isText = (v: unknown, max: number, min = 0): boolean => typeof v === 'string' && v.length <= max && v.length >= min && v === v.trim();
const isId = (v: unknown, max: number, pattern: RegExp): boolean => typeof v === 'string' && v.length <= max && pattern.test(v);
const isFinite_ = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number): boolean => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const isList = (v: unknown, max: number, test: (v: unknown) => boolean): boolean => Array.isArray(v) && v.length <= max && v.every(test);

const isReview = (v: unknown): boolean =>
  isMap(v) &&
  onlyKeys(v, REVIEW) &&
  nullable(v.cadence, (c) => CADENCES.has(c as string)) &&
  nullable(v.feedback_loop, (f) => typeof f === 'boolean' || isText(f, 2000));

const isTracking = (v: unknown): boolean =>
  isMap(v) &&
  onlyKeys(v, TRACKING) &&
  nullable(v.actuals, (a) => typeof a === 'string' && a.length >= 1 && a.length <= 1000) &&
  nullable(v.cadence, (c) => CADENCES.has(c as string));

function isVendors(v: unknown): boolean {
  if (!isMap(v)) return false;
  for (const id in v) {
    if (!Object.hasOwn(v, id) || !isId(id, 100, VENDOR_ID)) return false;
    // A vendor may be empty (null), not missing.
    if (v[id] === undefined || !nullable(v[id], isVendor)) return false;
  }
  return true;
}

const isVendor = (v: unknown): boolean =>
  isMap(v) &&
  onlyKeys(v, VENDOR) &&
  nullable(v.name, (n) => isText(n, 200)) &&
  nullable(v.scope, (s) => isText(s, 2000) || isList(s, 200, (e) => isText(e, 500))) &&
  nullable(v.contact, (c) => isText(c, 200)) &&
  nullable(v.notes, (n) => isText(n, 2000));

const isItem = (v: unknown): boolean =>
  isMap(v) &&
  onlyKeys(v, ITEM) &&
  isId(v.process, 100, PROCESS_ID) &&
  isId(v.vendor, 100, VENDOR_ID) &&
  isInt(v.wave, 1, 1000) &&
  ENGAGEMENTS.has(v.engagement as string) &&
  LOCATIONS.has(v.location as string) &&
  nullable(v.slas, (s) => isList(s, 100, isSla)) &&
  nullable(v.ip_owner, (o) => IP_OWNERS.has(o as string)) &&
  nullable(v.notes, (n) => isText(n, 2000)) &&
  nullable(v.in_house_owner, (o) => isText(o, 200));

const isSla = (v: unknown): boolean =>
  isMap(v) &&
  onlyKeys(v, SLA) &&
  isText(v.metric, 200, 1) &&
  isText(v.unit, 50, 1) &&
  nullable(v.baseline, isFinite_) &&
  nullable(v.target, isFinite_) &&
  nullable(v.better, (b) => BETTER.has(b as string)) &&
  nullable(v.tolerance, (t) => isFinite_(t) && t >= 0 && t <= 10) &&
  nullable(v.window, (w) => isInt(w, 2, 120));

const isWaiver = (v: unknown): boolean =>
  isMap(v) &&
  onlyKeys(v, WAIVER) &&
  isId(v.rule, 64, RULE_ID) &&
  absentOr(v.process, (p) => isId(p, 100, PROCESS_ID)) &&
  absentOr(v.vendor, (p) => isId(p, 100, VENDOR_ID)) &&
  nullable(v.reason, (r) => isText(r, 2000)) &&
  absentOr(v.expires, (e) => typeof e === 'string' && DATE.test(e) && isIsoDate(e));
