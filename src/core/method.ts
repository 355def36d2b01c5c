import type { EngagementRules } from './engagement/schema.js';
import type { LocationRules } from './location/schema.js';
import type { MoneyRules } from './money/schema.js';
import type { MetricDirections } from './metrics/schema.js';

export type Verdict = 'outsource' | 'split' | 'keep' | 'retain' | 'defer' | 'incomplete';
export const VERDICTS: readonly Verdict[] = ['outsource', 'split', 'keep', 'retain', 'defer', 'incomplete'];

/**
 * The verdicts of a candidate: on the shortlist, scored and ranked. `split`
 * hands out the execution while the accountable part stays in-house.
 */
export type CandidateVerdict = 'outsource' | 'split';
export const isCandidate = (verdict: Verdict): verdict is CandidateVerdict => verdict === 'outsource' || verdict === 'split';

/** The steps of the method that cross a process out, and the verdict each one gives. */
export const CROSS_OUT_STEPS = [3, 4, 5] as const;
export type CrossOutStep = (typeof CROSS_OUT_STEPS)[number];
export const STEP_VERDICTS = { 3: 'keep', 4: 'retain', 5: 'defer' } as const;

export type Answer = number | boolean;
export type Answers = Record<string, Answer>;

export interface Criterion {
  id: string;
  type: 'scale' | 'flag';
  steps: number[];
  question: string;
  help: string;
  priority?: { effect: 'raises' | 'lowers'; weight: number };
  /** Planning-only question (right-shoring): never missing, never in a gate or the score. */
  optional?: boolean;
}

export interface Gate {
  id: string;
  step: CrossOutStep;
  criterion: string;
  op: '>=' | '<=' | '==' | 'is';
  value: number | boolean;
  message: string;
  /**
   * An accountability gate: when this flag (e.g. `separable`) is true, the
   * accountable part stays in-house and the execution may go out, so the
   * gate no longer crosses the process out; `keeps` says what stays.
   */
  unless?: string;
  keeps?: string;
}

export interface StepInfo {
  verdict?: 'keep' | 'retain' | 'defer';
  title: string;
  intro?: string;
}

/** A validated method, shaped for fast evaluation. */
export interface Method {
  name: string;
  /** `high` is what gates saying `value: high` and the roadmap checks call high. */
  scale: { min: number; max: number; high: number; labels: Record<number, string> };
  steps: Record<3 | 4 | 5 | 6, StepInfo>;
  criteria: Criterion[];
  criteriaById: ReadonlyMap<string, Criterion>;
  /** Enabled gates, in file order, grouped by step. */
  gatesByStep: Record<CrossOutStep, Gate[]>;
  /** Step-6 criteria with their weights, in file order. */
  priority: { criterion: string; effect: 'raises' | 'lowers'; weight: number }[];
  totalWeight: number;
  /** Candidates scoring below this are marked marginal (rules `min_score`, default 40). */
  minScore: number;
  /** Where the method came from, for `outsource rules`. */
  sources: string[];
  /** Engagement model and seats; defaults apply when absent. */
  engagement?: EngagementRules;
  /** Right-shoring thresholds; no location is recommended without them. */
  location?: LocationRules;
  /** Defaults of the business case; built-in defaults apply when absent. */
  money?: MoneyRules;
  /** Which way is good for the metric names of rules/metrics.yaml; without it, metric directions are not checked. */
  metricDirections?: MetricDirections;
}

/** The step of the method that a verdict comes from. */
export const VERDICT_STEP: Record<Exclude<Verdict, CandidateVerdict | 'incomplete'>, CrossOutStep> = { keep: 3, retain: 4, defer: 5 };
