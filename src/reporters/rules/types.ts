import type { Method } from '../../core/method.js';
import type { RuleInfo } from '../../core/roadmap/types.js';
import type { RulesFormat } from './formats.js';

/** What `outsource rules` shows: the method and the roadmap checks. */
export interface RulesListing {
  method: Method;
  checks: readonly RuleInfo[];
}

export interface RulesRenderOptions {
  color: boolean;
  width: number;
}

export type RulesReporter = (listing: RulesListing, options: RulesRenderOptions) => string;
export type RulesReporters = Record<RulesFormat, RulesReporter>;
