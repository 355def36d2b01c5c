import type { Evaluation } from '../engine/evaluate.js';
import type { SensitiveEvaluation } from './types.js';
import type { Verdict } from '../method.js';
import { SHARED_RATER, type Disagreement } from '../raters/combine.js';
import { flipDistance, type Flip } from './flips.js';

const BECOMES: Record<Verdict, string> = {
  outsource: 'outsourced',
  split: 'split (execution out, accountability kept)',
  keep: 'kept in-house',
  retain: 'retained',
  defer: 'deferred',
  incomplete: 'left incomplete',
};

/** "deferred if risk became 5"; "kept in-house if vendor_parity were answered 1". */
export function describeFlip(flip: Flip): string {
  const to = String(flip.to);
  return flip.from === null
    ? `${BECOMES[flip.verdict]} if ${flip.criterion} were answered ${to}`
    : `${BECOMES[flip.verdict]} if ${flip.criterion} became ${to}`;
}

/**
 * Most telling first: changes to the answers that decided the verdict (the
 * criteria of its reasons), then other scale judgements by how few points
 * they need, then flags that would newly fire, which read the same for every
 * process ("retained if regulated became true"); method order breaks ties.
 */
export function closestFirst(flips: readonly Flip[], decidedBy: readonly string[] = []): Flip[] {
  const group = (f: Flip) => (decidedBy.includes(f.criterion) ? 0 : typeof f.to === 'number' ? 1 : 2);
  return flips
    .map((flip, index) => ({ flip, index }))
    .sort((a, b) => group(a.flip) - group(b.flip) || flipDistance(a.flip) - flipDistance(b.flip) || a.index - b.index)
    .map((x) => x.flip);
}

const decidingCriteria = (e: Pick<Evaluation, 'reasons'>): string[] => e.reasons.flatMap((r) => (r.criterion ? [r.criterion] : []));

/** "rank held in 87% of weight trials" */
export function describeStability(share: number): string {
  return `rank held in ${Math.round(share * 100)}% of weight trials`;
}

/** Every flip of an evaluation, most telling first. */
export function orderedFlips(e: Pick<SensitiveEvaluation, 'flips' | 'reasons'>): Flip[] {
  return closestFirst(e.flips ?? [], decidingCriteria(e));
}

/** The "what would change it" cell: rank stability, then the closest flips, at most `limit` of them. */
export function whatWouldChange(e: SensitiveEvaluation, limit = 3): string[] {
  const lines: string[] = [];
  if (e.rank_stability !== undefined) lines.push(describeStability(e.rank_stability));
  const flips = orderedFlips(e);
  for (const flip of flips.slice(0, limit)) lines.push(describeFlip(flip));
  if (flips.length > limit) lines.push(`and ${flips.length - limit} more (see --explain)`);
  if (e.flips !== undefined && flips.length === 0) lines.push('no single answer changes the verdict');
  return lines;
}

/** "risk: ana 2, ben 4"; the shared `answers` speak as "shared answers". */
export function describeDisagreement(d: Disagreement): string {
  return `${d.criterion}: ${Object.entries(d.values)
    .map(([rater, value]) => `${rater === SHARED_RATER ? 'shared answers' : rater} ${String(value)}`)
    .join(', ')}`;
}
