import type { Answer, Answers, Criterion, Method } from '../method.js';
import { CROSS_OUT_STEPS } from '../method.js';

/** The voice of a process's shared `answers` when it is combined with named raters. */
export const SHARED_RATER = 'answers';

/** One criterion on which the raters of a process do not agree closely enough to decide without talking. */
export interface Disagreement {
  criterion: string;
  /** Every voice that answered it: rater name -> value; the shared answers appear as "answers". */
  values: Record<string, Answer>;
}

export interface Combined {
  answers: Answers;
  disagreements: Disagreement[];
}

/** A spread of this many scale points between the lowest and highest rating is a disagreement. */
export const SCALE_SPREAD = 2;

/**
 * Which end of a scale is the cautious one: the end that lowers the priority
 * score or makes a gate fire. For a step-6 criterion its effect decides;
 * otherwise its gates do (">=" or "==" near the top: higher is safer).
 * A criterion with neither has no safer side and is rounded down.
 */
export function saferSide(criterion: Criterion, method: Method): 'higher' | 'lower' {
  if (criterion.priority) return criterion.priority.effect === 'lowers' ? 'higher' : 'lower';
  const mid = (method.scale.min + method.scale.max) / 2;
  for (const step of CROSS_OUT_STEPS) {
    for (const gate of method.gatesByStep[step]) {
      if (gate.criterion !== criterion.id || typeof gate.value !== 'number') continue;
      if (gate.op === '>=') return 'higher';
      if (gate.op === '<=') return 'lower';
      return gate.value >= mid ? 'higher' : 'lower';
    }
  }
  return 'lower';
}

/** The flag value that makes a gate fire (true for every flag gate of the default method). */
function cautiousFlag(criterion: Criterion, method: Method): boolean {
  for (const step of CROSS_OUT_STEPS) {
    for (const gate of method.gatesByStep[step]) if (gate.criterion === criterion.id && typeof gate.value === 'boolean') return gate.value;
  }
  return true;
}

/** The median, rounded to a whole scale point toward the safer side when it falls between two (even count). */
export function cautiousMedian(values: readonly number[], side: 'higher' | 'lower'): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  if (sorted.length % 2 === 1) return sorted[Math.floor(half)] as number;
  const median = ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
  return side === 'higher' ? Math.ceil(median) : Math.floor(median);
}

/**
 * Combines several raters' answers (and the shared `answers`, which count as
 * one more voice) into one answer per criterion, cautiously:
 * - a scale takes the median of the voices that answered it; a median that
 *   falls between two scale points is rounded toward the safer side (see
 *   `saferSide`): 2 and 5 for a risk give 4, for a benefit 3;
 * - a flag takes the value that fires a gate if any voice gives it: one
 *   rater's "regulated: true" is enough;
 * - a criterion nobody answered stays unanswered.
 * A scale whose answers spread by 2 points or more, or a flag on which voices
 * differ, is a disagreement to discuss before deciding.
 */
export function combineRaters(shared: Answers, raters: Readonly<Record<string, Answers>>, method: Method): Combined {
  const names = Object.keys(raters);
  if (names.length === 0) return { answers: shared, disagreements: [] };
  const answers: Answers = {};
  const disagreements: Disagreement[] = [];
  for (const criterion of method.criteria) {
    const values: Record<string, Answer> = {};
    const sharedValue = shared[criterion.id];
    if (sharedValue !== undefined) values[SHARED_RATER] = sharedValue;
    for (const name of names) {
      const v = raters[name]?.[criterion.id];
      if (v !== undefined) values[name] = v;
    }
    const given = Object.values(values);
    if (given.length === 0) continue;
    if (criterion.type === 'flag') {
      const cautious = cautiousFlag(criterion, method);
      answers[criterion.id] = given.includes(cautious) ? cautious : !cautious;
      if (given.some((v) => v !== given[0])) disagreements.push({ criterion: criterion.id, values });
    } else {
      const numbers = given.filter((v): v is number => typeof v === 'number');
      answers[criterion.id] = cautiousMedian(numbers, saferSide(criterion, method));
      if (Math.max(...numbers) - Math.min(...numbers) >= SCALE_SPREAD) disagreements.push({ criterion: criterion.id, values });
    }
  }
  return { answers, disagreements };
}
