import type { Method } from '../method.js';
import { effectiveWeights } from '../engine/effective-weights.js';
import { unlinked, type PairwiseInput } from './analyse.js';
import { answersToComparisons, interviewPairs, saatyChoices, type SaatyChoice } from './interview.js';

export const BACK = 'back';

export interface Question {
  /** The two criteria compared, by id. */
  pair: [string, string];
  message: string;
  choices: SaatyChoice[];
  /** An earlier answer exists to go back to. */
  canGoBack: boolean;
}

/** Asks one question: the value of the chosen answer (null skips the pair), or BACK. */
export type Ask = (question: Question) => Promise<number | null | typeof BACK>;

export interface WeightsInterviewOptions {
  /** Answers of an interrupted interview, by pair, to continue from. */
  saved?: readonly (number | null)[];
  /** Called after every answer, so Ctrl-C never loses one. */
  save?(values: readonly (number | null)[]): Promise<void>;
  /** Text between questions. */
  say(text: string): void;
}

/** A criterion as a person reads it: "cost of inaction", not cost_of_inaction. */
export const criterionName = (id: string): string => id.replace(/[_-]+/g, ' ');

/**
 * Asks every pair of step-6 criteria once, on Saaty's scale, by name. A
 * skipped pair is estimated afterwards (Harker's method), unless so many are
 * skipped that some criterion is linked to no other: then those pairs are
 * asked again. Back returns to the previous pair; every answer is handed to
 * `save` before the next question.
 */
export async function interviewWeights(method: Method, ask: Ask, options: WeightsInterviewOptions): Promise<PairwiseInput> {
  const criteria = method.priority.map((p) => p.criterion);
  const pairs = interviewPairs(criteria);
  const effect = new Map(method.priority.map((p) => [p.criterion, p.effect]));
  // Swing weighting: name the range each criterion can still take on the shortlist.
  const range = new Map(effectiveWeights(method).map((w) => [w.criterion, w.range]));
  const span = (id: string) => (range.get(id) ? `, ${range.get(id)?.join('-')} on the shortlist` : '');
  const describe = (id: string) =>
    `${criterionName(id)} (${effect.get(id) === 'raises' ? 'a high answer raises the priority' : 'a high answer lowers the priority'}${span(id)})`;
  const values: (number | null)[] = (options.saved ?? []).slice(0, pairs.length);
  if (values.length === 0)
    options.say(
      `Compare the ${criteria.length} step-6 criteria two at a time: ${pairs.length} questions. Which should weigh more when ranking what to outsource? Judge the swing across the range each can still take on the shortlist.`,
    );
  else options.say(`Resuming: ${values.length} of ${pairs.length} comparisons already answered.`);

  for (let i = values.length; i < pairs.length;) {
    const [a, b] = pairs[i] as [string, string];
    const answer = await ask({
      pair: [a, b],
      message: `(${i + 1}/${pairs.length}) ${describe(a)} or ${describe(b)}?`,
      choices: saatyChoices(criterionName(a), criterionName(b)),
      canGoBack: i > 0,
    });
    if (answer === BACK) {
      i--;
      values.length = i;
      continue;
    }
    values[i] = answer;
    await options.save?.(values);
    i++;
  }
  // Skipping is allowed, but every criterion must stay linked to the others.
  for (let round = 0; round < pairs.length; round++) {
    const lonely = unlinked(criteria, answersToComparisons(pairs, values));
    if (lonely.length === 0) break;
    const index = pairs.findIndex(([a, b], k) => values[k] === null && lonely.includes(a) !== lonely.includes(b));
    const pair = pairs[index];
    if (!pair) break;
    const names = lonely.map(criterionName);
    options.say(`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not compared with anything yet; this one cannot be skipped:`);
    const choices = saatyChoices(criterionName(pair[0]), criterionName(pair[1])).filter((c) => c.value !== null);
    const answer = await ask({ pair, message: `${describe(pair[0])} or ${describe(pair[1])}?`, choices, canGoBack: false });
    values[index] = answer === BACK ? null : answer;
    await options.save?.(values);
  }
  return { criteria, comparisons: answersToComparisons(pairs, values) };
}
