import { verdictOf } from '../engine/verdict.js';
import type { Answer, Answers, Method, Verdict } from '../method.js';
import { CROSS_OUT_STEPS } from '../method.js';

/** The nearest change of one answer that changes the verdict. */
export interface Flip {
  criterion: string;
  /** The current answer; null when unanswered. */
  from: Answer | null;
  to: Answer;
  /** The verdict the process would get with that one answer changed. */
  verdict: Verdict;
}

/** Only criteria that some enabled gate tests can change a verdict; step-6-only criteria move the score, never the verdict. */
export function gateCriteria(method: Method): string[] {
  const tested = new Set<string>();
  for (const step of CROSS_OUT_STEPS) {
    for (const gate of method.gatesByStep[step]) {
      tested.add(gate.criterion);
      if (gate.unless !== undefined) tested.add(gate.unless);
    }
  }
  return method.criteria.filter((c) => tested.has(c.id)).map((c) => c.id);
}

/**
 * The values to try for one criterion, nearest first. For an answered scale,
 * nearest means fewest points away, and on a tie the lower value; an answered
 * flag has only its opposite. An unanswered criterion has no distance to
 * anything, so its values are tried in scale order (min to max; false, true).
 */
export function candidateValues(type: 'scale' | 'flag', from: Answer | undefined, min: number, max: number): Answer[] {
  if (type === 'flag') return from === undefined ? [false, true] : [!from];
  const values: number[] = [];
  for (let v = min; v <= max; v++) if (v !== from) values.push(v);
  if (typeof from !== 'number') return values;
  return values.sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b);
}

/**
 * For every criterion where changing that one answer alone changes the
 * verdict, the nearest value that does it. Criteria whose every value keeps
 * the verdict are left out.
 */
export function findFlips(answers: Answers, method: Method, verdict: Verdict = verdictOf(answers, method)): Flip[] {
  const { min, max } = method.scale;
  const trial: Answers = { ...answers };
  const flips: Flip[] = [];
  for (const id of gateCriteria(method)) {
    const criterion = method.criteriaById.get(id);
    if (!criterion) continue;
    const from = answers[id];
    for (const to of candidateValues(criterion.type, from, min, max)) {
      trial[id] = to;
      const changed = verdictOf(trial, method);
      if (changed !== verdict) {
        flips.push({ criterion: id, from: from ?? null, to, verdict: changed });
        break;
      }
    }
    if (from === undefined) delete trial[id];
    else trial[id] = from;
  }
  return flips;
}

/** How far a flip reaches: points on the scale, 1 for a flag or a first answer. Used to show the closest ones first. */
export function flipDistance(flip: Flip): number {
  return typeof flip.from === 'number' && typeof flip.to === 'number' ? Math.abs(flip.to - flip.from) : 1;
}
