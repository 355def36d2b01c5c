import type { DiffResult } from '../../core/diff/diff.js';

export interface DiffReport {
  result: DiffResult;
  /** As the user named them, with the rules each side used. */
  old: { file: string; rules: string };
  new: { file: string; rules: string };
}

export type { DiffFormat } from './formats.js';
export type DiffReporter = (report: DiffReport, options: { color: boolean; width: number }) => string;
