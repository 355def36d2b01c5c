import type { Answers } from '../method.js';

export interface Metric {
  name: string;
  unit: string;
  baseline?: number;
  target?: number;
}

/** How much work a process brings and how it arrives (000): chooses the engagement model and seats. */
export interface Volume {
  hours_per_month: number;
  pattern: 'steady' | 'seasonal' | 'project';
}

export interface Process {
  id: string;
  name: string;
  function?: string;
  answers: Answers;
  metrics?: Metric[];
  merged_from?: string[];
  volume?: Volume;
}

export interface Inventory {
  organisation?: string;
  processes: Process[];
}
