import type { AhpResult } from '../../core/ahp/analyse.js';
import type { Method } from '../../core/method.js';

export interface WeightsReport {
  result: AhpResult;
  method: Method;
  /** Where the comparisons came from: a file name, or "interview". */
  source: string;
  /** The rules file written, if any. */
  written?: string;
  /** Plain-language warnings (CR above 0.1). */
  warnings: string[];
}

export type { WeightsFormat } from './formats.js';
export type WeightsReporter = (report: WeightsReport, options: { color: boolean; width: number }) => string;
