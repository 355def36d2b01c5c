import type { Answers } from '../method.js';
import type { LocationRules } from './schema.js';

/** Where the work should be done (right-shoring). */
export type Shore = 'onshore' | 'nearshore' | 'offshore';
export const SHORES: readonly Shore[] = ['onshore', 'nearshore', 'offshore'];

export interface Location {
  /** null when an unanswered question could still keep the work closer. */
  recommended: Shore | null;
  why: string;
}

/**
 * Onshore if any onshore threshold is met; otherwise, if an onshore question
 * is unanswered, no recommendation (an unknown is never treated as safe);
 * then the same for nearshore; otherwise offshore. With follow-the-sun, the
 * thresholds it lists (time-zone overlap) do not apply.
 */
/** Threshold lists, built once per rules object: scoring calls this for every candidate. */
const compiled = new WeakMap<LocationRules, Record<'onshore' | 'nearshore', [string, { at_least: number; why: string }][]>>();
function thresholds(rules: LocationRules) {
  let c = compiled.get(rules);
  if (!c) {
    c = { onshore: Object.entries(rules.onshore), nearshore: Object.entries(rules.nearshore) };
    compiled.set(rules, c);
  }
  return c;
}

export function recommendLocation(answers: Answers, rules: LocationRules | undefined): Location {
  if (!rules) return { recommended: null, why: 'the rules have no location section' };
  const sun = rules.follow_the_sun;
  const followsSun = sun !== undefined && answers[sun.criterion] === true;
  const ignored: readonly string[] = followsSun ? sun.ignores : [];

  for (const shore of ['onshore', 'nearshore'] as const) {
    const met: string[] = [];
    const unanswered: string[] = [];
    for (const [criterion, threshold] of thresholds(rules)[shore]) {
      if (ignored.length > 0 && ignored.includes(criterion)) continue;
      const value = answers[criterion];
      if (typeof value !== 'number') unanswered.push(criterion);
      else if (value >= threshold.at_least) met.push(`${criterion} ${value}: ${threshold.why}`);
    }
    if (met.length > 0) return { recommended: shore, why: met.join('; ') };
    if (unanswered.length > 0) {
      return { recommended: null, why: `cannot rule out ${shore}: ${unanswered.join(', ')} not answered` };
    }
  }
  const why = followsSun ? `${rules.offshore.why}; ${sun.why}` : rules.offshore.why;
  return { recommended: 'offshore', why };
}
