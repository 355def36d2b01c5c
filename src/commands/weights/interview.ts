import { answersToComparisons, interviewPairs, saatyChoices, unlinked, type PairwiseInput, type SaatyChoice } from '../../core/ahp/index.js';
import type { Method } from '../../core/method.js';
import { effectiveWeights } from '../../core/engine/effective-weights.js';
import type { Io } from '../../cli/io.js';

export interface Question {
  message: string;
  choices: SaatyChoice[];
}

/** Asks one question and returns the value of the chosen answer. */
export type Ask = (question: Question) => Promise<number | null>;

/**
 * Asks every pair of step-6 criteria once, on Saaty's scale. A skipped pair
 * is estimated afterwards (Harker's method), unless so many are skipped that
 * some criterion is linked to no other: then those pairs are asked again.
 * Returns undefined when the user interrupts (Ctrl-C).
 */
export async function interview(method: Method, ask: Ask, io: Io): Promise<PairwiseInput | undefined> {
  const criteria = method.priority.map((p) => p.criterion);
  const pairs = interviewPairs(criteria);
  const effect = new Map(method.priority.map((p) => [p.criterion, p.effect]));
  // Swing weighting: name the range each criterion can still take on the shortlist.
  const range = new Map(effectiveWeights(method).map((w) => [w.criterion, w.range]));
  const span = (id: string) => (range.get(id) ? `, ${range.get(id)?.join('-')} on the shortlist` : '');
  const describe = (id: string) => `${id} (${effect.get(id) === 'raises' ? 'a high answer raises the priority' : 'a high answer lowers the priority'}${span(id)})`;
  io.stderr(`Compare the ${criteria.length} step-6 criteria two at a time: ${pairs.length} questions. Which should weigh more when ranking what to outsource? Judge the swing across the range each can still take on the shortlist.\n`);
  const values: (number | null)[] = [];
  try {
    for (const [i, [a, b]] of pairs.entries()) {
      values.push(await ask({ message: `(${i + 1}/${pairs.length}) ${describe(a)} or ${describe(b)}?`, choices: saatyChoices(a, b) }));
    }
    // Skipping is allowed, but every criterion must stay linked to the others.
    for (let round = 0; round < pairs.length; round++) {
      const lonely = unlinked(criteria, answersToComparisons(pairs, values));
      if (lonely.length === 0) break;
      const index = pairs.findIndex(([a, b], k) => values[k] === null && (lonely.includes(a) !== lonely.includes(b)));
      const pair = pairs[index];
      if (!pair) break;
      io.stderr(`${lonely.join(', ')} ${lonely.length === 1 ? 'is' : 'are'} not compared with anything yet; this one cannot be skipped:\n`);
      const choices = saatyChoices(pair[0], pair[1]).filter((c) => c.value !== null);
      values[index] = await ask({ message: `${describe(pair[0])} or ${describe(pair[1])}?`, choices });
    }
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) return undefined;
    throw error;
  }
  return { criteria, comparisons: answersToComparisons(pairs, values) };
}
