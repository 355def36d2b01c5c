import { sanitize } from '../../util/sanitize.js';

export { BETTER, type Better, type MetricDirections } from './schema.js';
import { BETTER, type Better, type MetricDirections } from './schema.js';

export interface DirectionSource {
  metrics: Record<string, { name: string; better: Better; also?: string[] | undefined }>;
  patterns?: Partial<Record<Better, string[]>> | undefined;
}

/** "On-time  Delivery" and "on time delivery" are one name: case, hyphens and spacing do not matter. */
export function normaliseMetricName(name: string): string {
  return name.toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `*` stands for one or more words; everything else is literal. */
function patternToRegExp(pattern: string): RegExp {
  const parts = normaliseMetricName(pattern)
    .split('*')
    .map((p) => escapeRegExp(p));
  return new RegExp(`^${parts.join('.+')}$`);
}

export function compileDirections(source: DirectionSource): MetricDirections {
  const names = new Map<string, Better>();
  for (const def of Object.values(source.metrics)) {
    for (const name of [def.name, ...(def.also ?? [])]) names.set(normaliseMetricName(name), def.better);
  }
  const patterns: MetricDirections['patterns'][number][] = [];
  for (const better of BETTER) {
    for (const pattern of source.patterns?.[better] ?? []) patterns.push({ pattern, test: patternToRegExp(pattern), better });
  }
  return { names, patterns };
}

/**
 * The direction the catalogue gives a metric name, or undefined when it does
 * not know it, or when its patterns disagree: a guess is never made for the user.
 */
export function catalogueDirection(name: string, directions: MetricDirections): Better | undefined {
  const key = normaliseMetricName(name);
  const exact = directions.names.get(key);
  if (exact) return exact;
  let found: Better | undefined;
  for (const p of directions.patterns) {
    if (!p.test.test(key)) continue;
    if (found !== undefined && found !== p.better) return undefined;
    found = p.better;
  }
  return found;
}

/** The metric's own `better:` first, then the catalogue's. */
export function directionOf(metric: { name: string; better?: Better | null | undefined }, directions: MetricDirections | undefined): Better | undefined {
  if (metric.better) return metric.better;
  return directions ? catalogueDirection(metric.name, directions) : undefined;
}

/** True when `value` is better than `than` in the metric's direction. */
export const isBetter = (value: number, than: number, better: Better): boolean => (better === 'lower' ? value < than : value > than);

export const unknownDirectionMessage = (where: string, name: string): string =>
  `${where}: the metric catalogue does not know whether a lower or a higher "${sanitize(name)}" is better; add better: lower or better: higher`;
