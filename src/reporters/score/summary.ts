import type { Evaluation } from '../../core/engine/evaluate.js';
import { keptSummary } from '../../core/engine/kept.js';
import type { CandidateVerdict, Method, Verdict } from '../../core/method.js';

export const VERDICT_HEADINGS: Record<Exclude<Verdict, CandidateVerdict>, (m: Method) => string> = {
  keep: (m) => `Step 3 - keep in-house: ${m.steps[3].title.toLowerCase()}`,
  retain: (m) => `Step 4 - retain: ${m.steps[4].title.toLowerCase()}`,
  defer: (m) => `Step 5 - defer: ${m.steps[5].title.toLowerCase()}`,
  incomplete: () => 'Incomplete - answer these first: an unknown is never treated as safe',
};

export const CROSSED_OUT: readonly Exclude<Verdict, CandidateVerdict>[] = ['keep', 'retain', 'defer', 'incomplete'];

export function countVerdicts(evaluations: readonly Evaluation[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { outsource: 0, split: 0, keep: 0, retain: 0, defer: 0, incomplete: 0 };
  for (const e of evaluations) counts[e.verdict]++;
  return counts;
}

/** "24 processes: 11 to outsource, 4 keep, 3 retain, 3 defer, 3 incomplete" */
export function summaryLine(evaluations: readonly Evaluation[]): string {
  const c = countVerdicts(evaluations);
  const noun = evaluations.length === 1 ? 'process' : 'processes';
  const split = c.split > 0 ? `, ${c.split} to split` : '';
  return `${evaluations.length} ${noun}: ${c.outsource} to outsource${split}, ${c.keep} keep, ${c.retain} retain, ${c.defer} defer, ${c.incomplete} incomplete`;
}

/** The shortest honest account of why a crossed-out process stopped where it did. */
export function stopReason(e: Evaluation): string {
  return e.reasons.map((r) => r.message.replace(/^step \d+: /, '')).join('; ');
}

/** What sets a candidate apart from a plain recommendation: a split keeps a part in-house. */
export function candidateNotes(e: Evaluation): string[] {
  const notes: string[] = [];
  if (e.verdict === 'split') notes.push(`split: ${keptSummary(e)}`);
  if (e.marginal) notes.push(`MARGINAL: below min_score`);
  return notes;
}

/** "could still be: defer, outsource; answers that decide it: risk, contractual_duty; score 45.0-80.0 if it passes" */
export function possibleLine(e: Pick<Evaluation, 'possible_verdicts' | 'could_change' | 'score_range' | 'score'>): string {
  if (e.possible_verdicts.length <= 1 && e.could_change.length === 0) return '';
  const parts = [`could still be: ${e.possible_verdicts.join(', ')}`];
  if (e.could_change.length > 0) parts.push(`answers that could change it: ${e.could_change.join(', ')}`);
  if (e.score_range && e.score === null) parts.push(`score ${e.score_range[0].toFixed(1)}-${e.score_range[1].toFixed(1)} if it passes`);
  return parts.join('; ');
}

/** The two answers that explain a rank best, short enough for a table cell; JSON and --explain give the points. */
export function priorityWhy(e: Evaluation): string {
  const show = (d: { criterion: string; value: number | null; effect?: 'raises' | 'lowers' }) =>
    `${d.criterion} ${d.value ?? '(unanswered)'}${d.effect === 'lowers' && d.value !== null ? ' (lower is better)' : ''}`;
  const lines: string[] = candidateNotes(e);
  if (e.drivers?.strongest) lines.push(`strongest: ${show(e.drivers.strongest)}`);
  if (e.drivers?.weakest) lines.push(`weakest: ${show(e.drivers.weakest)}`);
  return lines.join('\n');
}
