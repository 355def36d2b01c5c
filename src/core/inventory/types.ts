import type { Answers } from '../method.js';
import type { Disagreement } from '../raters/combine.js';
import type { Volume } from '../engagement/schema.js';
import type { Cost, Rates } from '../money/schema.js';

export interface Metric {
  name: string;
  unit: string;
  baseline?: number;
  target?: number;
  /** Which way is good; absent when the metric catalogue knows the name. */
  better?: 'lower' | 'higher';
}

export interface Process {
  id: string;
  name: string;
  function?: string;
  /** With several raters, the combined answers (docs/raters.md). */
  answers: Answers;
  /** Each rater's own answers, as given. */
  answers_by?: Record<string, Answers>;
  /** Where the raters' answers spread by 2 or more, or their flags differ. */
  disagreements?: Disagreement[];
  metrics?: Metric[];
  merged_from?: string[];
  volume?: Volume;
  /** What it costs in-house and at the vendor (the business case). */
  cost?: Cost;
}

export interface Inventory {
  organisation?: string;
  /** ISO 4217; required when any money is given. */
  currency?: string;
  rates?: Rates;
  processes: Process[];
}
