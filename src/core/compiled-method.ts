import type { LoadedMethod } from './method-file.js';
import type { Method } from './method.js';
import type { Better, MetricDirections } from './metrics/schema.js';
import type { CheckSettings } from './roadmap/settings.js';
import type { RulesFile } from './rules/schema.js';

/** Bumped whenever the shape below changes, so that an old compiled file is never read as a new one. */
export const COMPILED_METHOD_FORMAT = 1;

/**
 * The default method as the build validated it, in JSON: what loading
 * rules/default.yaml and rules/metrics.yaml gives, minus what JSON cannot
 * hold (maps and regular expressions, rebuilt on revival). `hash` is the
 * hash of the texts it came from: a changed text is loaded for real.
 */
export interface CompiledMethod {
  format: typeof COMPILED_METHOD_FORMAT;
  hash: string;
  method: Omit<Method, 'criteriaById' | 'metricDirections'>;
  raw: RulesFile;
  directions: { names: [string, Better][]; patterns: { pattern: string; source: string; flags: string; better: Better }[] };
}

/** A method loaded with its metric directions, as the commands use it. */
export type MethodWithDirections = LoadedMethod & { method: Method & { metricDirections: MetricDirections } };

/** undefined when the method holds something JSON cannot carry (checks of its own, compiled to functions). */
export function compileMethod(loaded: LoadedMethod, directions: MetricDirections, hash: string): CompiledMethod | undefined {
  if (loaded.checks.custom.length > 0 || loaded.checks.overrides.size > 0) return undefined;
  const { criteriaById: _byId, metricDirections: _directions, ...method } = loaded.method;
  return {
    format: COMPILED_METHOD_FORMAT,
    hash,
    method,
    raw: loaded.raw,
    directions: {
      names: [...directions.names],
      patterns: directions.patterns.map((p) => ({ pattern: p.pattern, source: p.test.source, flags: p.test.flags, better: p.better })),
    },
  };
}

const EMPTY_CHECKS: CheckSettings = { overrides: new Map(), custom: [] };

/** The method back from its JSON; undefined when the file is of another format or compiled from other texts. */
export function reviveMethod(value: unknown, hash: string): MethodWithDirections | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const file = value as Partial<CompiledMethod>;
  if (file.format !== COMPILED_METHOD_FORMAT || file.hash !== hash || !file.method || !file.raw || !file.directions) return undefined;
  const metricDirections: MetricDirections = {
    names: new Map(file.directions.names),
    patterns: file.directions.patterns.map((p) => ({ pattern: p.pattern, test: new RegExp(p.source, p.flags), better: p.better })),
  };
  const method = { ...file.method, criteriaById: new Map(file.method.criteria.map((c) => [c.id, c])), metricDirections };
  return { method, raw: file.raw, checks: EMPTY_CHECKS };
}
