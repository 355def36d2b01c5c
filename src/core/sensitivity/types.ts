import type { Evaluation } from '../engine/evaluate.js';
import type { Flip } from './flips.js';

/** What would change a verdict, next to the evaluation it is about. */
export interface SensitivityFields {
  /** The nearest single-answer changes that change the verdict. */
  flips?: Flip[];
  /** For `outsource`: share of random weight sets under which the rank holds. */
  rank_stability?: number;
}
export type SensitiveEvaluation = Evaluation & SensitivityFields;
export interface SensitiveAssessment {
  evaluations: SensitiveEvaluation[];
  shortlist: SensitiveEvaluation[];
}
