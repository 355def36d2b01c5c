import type { LocationRules } from './schema.js';

interface CriterionLike {
  type: 'scale' | 'flag';
}

export interface RulesProblem {
  path: (string | number)[];
  message: string;
}

/** Cross-checks the location section against the criteria it names, as the gates are checked. */
export function checkLocationRules(
  rules: LocationRules | undefined,
  criteria: Record<string, CriterionLike>,
  scale: { min: number; max: number },
): RulesProblem[] {
  if (!rules) return [];
  const problems: RulesProblem[] = [];
  for (const shore of ['onshore', 'nearshore'] as const) {
    for (const [id, threshold] of Object.entries(rules[shore])) {
      const c = criteria[id];
      const path = ['location', shore, id];
      if (!c) problems.push({ path, message: `location.${shore} uses unknown criterion "${id}"` });
      else if (c.type !== 'scale') problems.push({ path, message: `location.${shore}.${id}: "${id}" is a flag; thresholds need a scale criterion` });
      else if (threshold.at_least < scale.min || threshold.at_least > scale.max) {
        problems.push({
          path: [...path, 'at_least'],
          message: `location.${shore}.${id}: at_least ${threshold.at_least} is outside the scale ${scale.min}-${scale.max}`,
        });
      }
    }
  }
  const sun = rules.follow_the_sun;
  if (sun) {
    const c = criteria[sun.criterion];
    if (!c) problems.push({ path: ['location', 'follow_the_sun', 'criterion'], message: `location.follow_the_sun uses unknown criterion "${sun.criterion}"` });
    else if (c.type !== 'flag')
      problems.push({ path: ['location', 'follow_the_sun', 'criterion'], message: `location.follow_the_sun.criterion "${sun.criterion}" must be a flag` });
    sun.ignores.forEach((id, index) => {
      if (!Object.hasOwn(rules.onshore, id) && !Object.hasOwn(rules.nearshore, id)) {
        problems.push({
          path: ['location', 'follow_the_sun', 'ignores', index],
          message: `location.follow_the_sun.ignores names "${id}", which has no onshore or nearshore threshold`,
        });
      }
    });
  }
  return problems;
}
