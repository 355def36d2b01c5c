/**
 * A fast check, without zod, that a configuration certainly passes the zod
 * schema of `config/schema.ts` (which changes nothing it accepts). It may
 * refuse a valid one (then zod decides and explains), never the other way
 * round: a property test holds it to that.
 */
export function isWellFormedConfig(value: unknown): boolean {
  if (!isMap(value) || !onlyKeys(value, TOP)) return false;
  if (!optional(value.$schema, (v) => typeof v === 'string')) return false;
  if (!optional(value.rules, isPath) || !optional(value.baseline, isPath)) return false;
  if (!optional(value['fail-on'], (v) => FAIL_ON.has(v as string))) return false;
  if (!optional(value.waivers, (v) => isMap(v) && onlyKeys(v, WAIVERS) && optional(v['require-expiry'], isBoolean) && optional(v.inline, isBoolean)))
    return false;
  return optional(value.formats, (v) => isMap(v) && onlyKeys(v, COMMANDS) && Object.values(v).every((o) => optional(o, isOutputs)));
}

const TOP = new Set(['$schema', 'rules', 'fail-on', 'baseline', 'waivers', 'formats']);
const WAIVERS = new Set(['require-expiry', 'inline']);
const COMMANDS = new Set(['check', 'score', 'vendors', 'track']);
const ENTRY = new Set(['format', 'output']);
const FAIL_ON = new Set(['error', 'warning', 'info']);

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
function onlyKeys(v: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in v) if (!Object.hasOwn(v, key) || !allowed.has(key)) return false;
  return true;
}
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';
const isPath = (v: unknown) => typeof v === 'string' && v.length >= 1;
const isEntry = (v: unknown) =>
  typeof v === 'string' || (isMap(v) && onlyKeys(v, ENTRY) && typeof v.format === 'string' && typeof v.output === 'string' && v.output.length >= 1);
const isOutputs = (v: unknown) => isEntry(v) || (Array.isArray(v) && v.length >= 1 && v.every(isEntry));
