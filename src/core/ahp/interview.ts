import type { Comparison } from './analyse.js';

/** Saaty's verbal scale (Saaty 1980; 2008, Table 1). */
const WORDS: Record<number, string> = {
  2: 'slightly more',
  3: 'moderately more',
  4: 'moderately to strongly more',
  5: 'strongly more',
  6: 'strongly to very strongly more',
  7: 'very strongly more',
  8: 'very to extremely more',
  9: 'extremely more',
};

export interface SaatyChoice {
  name: string;
  /** a is `value` times as important as b; null skips the pair (it is then estimated). */
  value: number | null;
}

/** Every pair of criteria once, in the method's order: n(n-1)/2 questions. */
export function interviewPairs(criteria: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < criteria.length; i++) for (let j = i + 1; j < criteria.length; j++) pairs.push([criteria[i] as string, criteria[j] as string]);
  return pairs;
}

/** The answers to "a or b?", from a extremely more important down to b extremely more important, then "skip". */
export function saatyChoices(a: string, b: string): SaatyChoice[] {
  const choices: SaatyChoice[] = [];
  for (let v = 9; v >= 2; v--) choices.push({ name: `${a} ${WORDS[v]} important (${v})`, value: v });
  choices.push({ name: 'equally important (1)', value: 1 });
  for (let v = 2; v <= 9; v++) choices.push({ name: `${b} ${WORDS[v]} important (${v})`, value: 1 / v });
  choices.push({ name: 'skip: I cannot say (it will be estimated from the other answers)', value: null });
  return choices;
}

/** The comparisons an interview gave: skipped pairs are left out. */
export function answersToComparisons(pairs: readonly [string, string][], values: readonly (number | null)[]): Comparison[] {
  return pairs.flatMap(([a, b], i) => {
    const value = values[i];
    return value === null || value === undefined ? [] : [{ a, b, value }];
  });
}
