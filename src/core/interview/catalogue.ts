/**
 * The catalogues as the interview uses them. Validation (zod) lives in
 * catalogue-schema.ts and is loaded after the first question is on screen;
 * this module stays light so that question appears fast.
 */

interface StepText {
  title: string;
  intro: string;
}

/** rules/catalogue.yaml as validated. */
export interface CatalogueFile {
  version: 1;
  steps: { 1: StepText; 2: StepText };
  suggestions: Record<string, { name: string; function: string; seed: string; why: string }>;
}

export interface MetricDef {
  name: string;
  unit: string;
  /** Which way is good; tracking and the target-not-better check read it. */
  better: 'lower' | 'higher';
  /** Other names of the same metric. */
  also?: string[];
  seed: string;
  help: string;
}

/** rules/metrics.yaml as validated. */
export interface MetricsFile {
  version: 1;
  step: StepText;
  metrics: Record<string, MetricDef>;
  functions: Record<string, string[]>;
  default: string[];
  /** Names whose direction is plain from their words ("cost per *"). */
  patterns?: { lower?: string[]; higher?: string[] };
}

export interface Suggestion {
  id: string;
  name: string;
  function: string;
  seed: string;
  why: string;
}

/** Both catalogues, shaped for the interview. */
export interface Catalogues {
  steps: CatalogueFile['steps'];
  suggestions: Suggestion[];
  metricsStep: MetricsFile['step'];
  metrics: ReadonlyMap<string, MetricDef>;
  /** Function name -> metric ids, in file order. */
  functions: ReadonlyMap<string, string[]>;
  defaultMetrics: string[];
}

export function cataloguesFrom(c: CatalogueFile, m: MetricsFile): Catalogues {
  return {
    steps: c.steps,
    suggestions: Object.entries(c.suggestions).map(([id, s]) => ({ id, ...s })),
    metricsStep: m.step,
    metrics: new Map(Object.entries(m.metrics)),
    functions: new Map(Object.entries(m.functions)),
    defaultMetrics: m.default,
  };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A quick look at parsed catalogues, enough to ask the first question before
 * the full validation has loaded: undefined when they do not even look right
 * (then the caller validates at once, for a precise error).
 */
export function quickCatalogues(c: unknown, m: unknown): Catalogues | undefined {
  if (
    !isRecord(c) ||
    !isRecord(m) ||
    !isRecord(c.steps) ||
    !isRecord(c.suggestions) ||
    !isRecord(m.step) ||
    !isRecord(m.metrics) ||
    !isRecord(m.functions) ||
    !Array.isArray(m.default)
  )
    return undefined;
  const step = (v: unknown) => isRecord(v) && isText(v.title) && isText(v.intro);
  if (!step(c.steps[1]) || !step(c.steps[2]) || !step(m.step)) return undefined;
  for (const s of Object.values(c.suggestions))
    if (!isRecord(s) || !isText(s.name) || !isText(s.function) || !isText(s.seed) || !isText(s.why)) return undefined;
  return cataloguesFrom(c as unknown as CatalogueFile, m as unknown as MetricsFile);
}

/** The metrics to propose for a function: its own list, matched without regard to case, or the default list. */
export function metricsFor(catalogues: Catalogues, fn: string | undefined): MetricDef[] {
  const wanted = fn?.trim().toLowerCase();
  let ids = catalogues.defaultMetrics;
  if (wanted) {
    for (const [name, list] of catalogues.functions) if (name.toLowerCase() === wanted) ids = list;
  }
  return ids.flatMap((id) => {
    const def = catalogues.metrics.get(id);
    return def ? [def] : [];
  });
}
