import type { Engagement } from '../../core/engagement/engagement.js';
import type { Quadrant, ShortlistRow } from '../../core/report/model.js';
import type { Verdict } from '../../core/method.js';

export const VERDICT_WORD: Record<Verdict, string> = {
  outsource: 'outsource',
  split: 'split: hand out the execution, keep the accountable part in-house',
  keep: 'keep in-house (step 3)',
  retain: 'retain: cannot be outsourced (step 4)',
  defer: 'defer: not for outsourcing now (step 5)',
  incomplete: 'incomplete: answer the missing questions',
};

export const STATUS_WORD = { fired: 'fired', kept: 'fired, kept in-house (split)', passed: 'passed', unanswered: 'unanswered' } as const;

export const QUADRANT_WORD: Record<Quadrant, string> = {
  'quick win': 'quick win',
  'major project': 'major project: plan carefully',
  'fill-in': 'fill-in',
  reconsider: 'reconsider',
};

export const engagementWord = (e: Engagement): string => e.model ?? 'not decided';
export const seatsWord = (e: Engagement): string => (e.seats === null ? '–' : String(e.seats));
export const totalSeats = (rows: readonly ShortlistRow[]): number => rows.reduce((sum, r) => sum + (r.engagement.seats ?? 0), 0);
