import type { Scorecard } from '../../core/vendors/score.js';

export type { VendorsFormat } from './formats.js';
export interface VendorsRenderOptions {
  color: boolean;
  width: number;
}
export type VendorsReporter = (card: Scorecard, options: VendorsRenderOptions) => string;
