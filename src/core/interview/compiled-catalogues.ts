import type { Catalogues, MetricDef, Suggestion } from './catalogue.js';

/** Bumped whenever the shape below changes, so that an old compiled file is never read as a new one. */
export const COMPILED_CATALOGUES_FORMAT = 1;

/**
 * The interview's catalogues as the build validated them, in JSON: what
 * loading rules/catalogue.yaml and rules/metrics.yaml gives, with the maps as
 * lists of pairs. `hash` is the hash of the texts they came from: a changed
 * text is loaded for real.
 */
export interface CompiledCatalogues {
  format: typeof COMPILED_CATALOGUES_FORMAT;
  hash: string;
  steps: Catalogues['steps'];
  suggestions: Suggestion[];
  metricsStep: Catalogues['metricsStep'];
  metrics: [string, MetricDef][];
  functions: [string, string[]][];
  defaultMetrics: string[];
}

export function compileCatalogues(catalogues: Catalogues, hash: string): CompiledCatalogues {
  return {
    format: COMPILED_CATALOGUES_FORMAT,
    hash,
    steps: catalogues.steps,
    suggestions: catalogues.suggestions,
    metricsStep: catalogues.metricsStep,
    metrics: [...catalogues.metrics],
    functions: [...catalogues.functions],
    defaultMetrics: catalogues.defaultMetrics,
  };
}

/** The catalogues back from their JSON; undefined when the file is of another format or compiled from other texts. */
export function reviveCatalogues(value: unknown, hash: string): Catalogues | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const file = value as Partial<CompiledCatalogues>;
  if (file.format !== COMPILED_CATALOGUES_FORMAT || file.hash !== hash) return undefined;
  const { steps, suggestions, metricsStep, metrics, functions, defaultMetrics } = file;
  if (!steps || !metricsStep || !Array.isArray(suggestions) || !Array.isArray(metrics) || !Array.isArray(functions) || !Array.isArray(defaultMetrics)) {
    return undefined;
  }
  return { steps, suggestions, metricsStep, metrics: new Map(metrics), functions: new Map(functions), defaultMetrics };
}
