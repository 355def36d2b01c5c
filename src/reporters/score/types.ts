import type { SensitiveAssessment } from '../../core/sensitivity/types.js';
import type { Method } from '../../core/method.js';

export interface ScoreReport {
  assessment: SensitiveAssessment;
  method: Method;
  organisation?: string;
}

export interface RenderOptions {
  color: boolean;
  /** Terminal width in columns; tables fit inside it. */
  width: number;
}

export type { ScoreFormat } from './formats.js';
/** Output in pieces, written as they come: large machine formats never sit in memory whole. */
export type ScoreReporter = (report: ScoreReport, options: RenderOptions) => Iterable<string>;
