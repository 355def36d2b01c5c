import type { Answers } from '../method.js';

export interface Metric {
  name: string;
  unit: string;
  baseline?: number;
  target?: number;
}

export interface Process {
  id: string;
  name: string;
  function?: string;
  answers: Answers;
  metrics?: Metric[];
  merged_from?: string[];
}

export interface Inventory {
  organisation?: string;
  processes: Process[];
}
