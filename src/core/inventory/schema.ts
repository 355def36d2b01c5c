import { z } from 'zod';
import type { Method } from '../method.js';
import { volumeShape } from '../engagement/schema.js';
import { costShape, currencyShape, ratesShape } from '../money/schema.js';
import { BETTER } from '../metrics/schema.js';
import { FLAG_SPELLINGS } from '../parse/flag-words.js';

/** Ids are what users type on the command line and what roadmaps refer to. */
export const processId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and "-"');

export const metricShape = z.strictObject({
  name: z.string().min(1).max(200).regex(/\S/, 'must not be blank'),
  unit: z.string().min(1).max(50).regex(/\S/, 'must not be blank'),
  baseline: z.number().finite().optional(),
  target: z.number().finite().optional(),
  better: z
    .enum(BETTER)
    .optional()
    .describe('which way is good: lower or higher; the metric catalogue supplies it for names it knows, any other name must state it'),
});

/**
 * The answers a method accepts: each criterion, on its scale or as a flag.
 * `null` (an empty YAML value) means "not answered", like a missing key.
 */
export function answersShape(method: Method) {
  const { min, max } = method.scale;
  const fields: Record<string, z.ZodType> = {};
  for (const c of method.criteria) {
    const value = c.type === 'flag' ? z.boolean({ error: `must be yes or no (accepted: ${FLAG_SPELLINGS})` }) : z.int().min(min).max(max);
    fields[c.id] = value.nullable().optional().describe(c.question);
  }
  return z.strictObject(fields);
}

/** Why a rater's name cannot be used, if it cannot: names show in reports, and "answers" is the voice of the shared answers. */
export function raterNameProblem(name: string): string | undefined {
  if (name === 'answers') return 'the rater name "answers" is kept for the shared answers; pick another name';
  if (name.length > 64 || !/^[A-Za-z0-9][A-Za-z0-9 ._@-]*$/.test(name))
    return 'a rater name is 1-64 letters, digits, spaces or . _ @ -, starting with a letter or digit';
  return undefined;
}

/** Each rater's answers, by rater name; the names are checked here so that the error says why. */
function answersByShape(method: Method) {
  return z.record(z.string(), answersShape(method)).superRefine((byRater, ctx) => {
    for (const name of Object.keys(byRater)) {
      const problem = raterNameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
    }
  });
}

export function processShape(method: Method) {
  return z.strictObject({
    id: processId,
    name: z.string().min(1).max(500).regex(/\S/, 'must not be blank'),
    function: z.string().max(200).optional(),
    answers: answersShape(method).optional(),
    answers_by: answersByShape(method).optional().describe('answers of several raters, combined cautiously (docs/raters.md)'),
    metrics: z.array(metricShape).max(100).optional().describe('step 7: how the outsourced work will be measured'),
    merged_from: z.array(processId).max(1000).optional().describe('step 1: ids of processes merged into this one'),
    volume: volumeShape.optional(),
    cost: costShape.optional(),
  });
}

export function inventoryShape(method: Method) {
  return z.strictObject({
    $schema: z.string().optional(),
    organisation: z.string().max(500).optional(),
    currency: currencyShape.optional(),
    rates: ratesShape.optional(),
    processes: z.array(processShape(method)),
  });
}

/** Keep in step with `processShape` and with `isWellFormedInventory`. */
export const PROCESS_KEYS = ['id', 'name', 'function', 'answers', 'answers_by', 'metrics', 'merged_from', 'volume', 'cost'];
export const INVENTORY_KEYS = ['$schema', 'organisation', 'currency', 'rates', 'processes'];
