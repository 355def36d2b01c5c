import { z } from 'zod';
import { volumeShape } from '../engagement/schema.js';
import { metricShape, processId } from '../inventory/schema.js';
import { BETTER } from '../metrics/direction.js';
import { criterionId } from '../rules/schema.js';

import { SESSION_KIND } from './session-kind.js';

export { SESSION_KIND };

const name = z.string().trim().min(1).max(500);
const functionName = z.string().trim().min(1).max(200);

/** A process as the interview starts from it: loaded from --inventory / --answers. */
export const baseProcessShape = z.strictObject({
  id: processId,
  name,
  function: functionName.optional(),
  answers: z.record(criterionId, z.union([z.number().finite(), z.boolean()])),
  metrics: z.array(metricShape).max(100).optional(),
  merged_from: z.array(processId).max(1000).optional(),
  /** Not asked by the interview; kept as it was. */
  volume: volumeShape.optional(),
});

const addedProcess = z.strictObject({
  id: processId,
  name,
  function: functionName.optional(),
  /** The catalogue suggestion it came from, so it is not suggested again. */
  suggestion: processId.optional(),
});

/**
 * One answer, as given. The session is the starting point plus the list of
 * answers; going back removes the last one, and resuming replays them all.
 */
export const eventShape = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('add'), processes: z.array(addedProcess).min(1).max(1000) }),
  z.strictObject({ type: z.literal('function'), process: processId, function: functionName.nullable() }),
  z.strictObject({ type: z.literal('list-done') }),
  z.strictObject({ type: z.literal('merge'), keep: processId, drop: processId }),
  z.strictObject({ type: z.literal('separate'), a: processId, b: processId }),
  z.strictObject({
    type: z.literal('answer'),
    process: processId,
    criterion: criterionId,
    /** null: "don't know", which leaves the criterion unanswered. */
    value: z.union([z.number().finite(), z.boolean()]).nullable(),
  }),
  z.strictObject({
    type: z.literal('metrics'),
    process: processId,
    metrics: z.array(z.strictObject({ name: metricShape.shape.name, unit: metricShape.shape.unit })).max(100),
  }),
  /** Before the shortlist: whether to ask the "don't know" answers again. */
  z.strictObject({ type: z.literal('revisit'), revisit: z.boolean() }),
  /** Step 7, shortlisted processes: how much work, how it arrives; null is "don't know". */
  z.strictObject({ type: z.literal('volume'), process: processId, volume: volumeShape.nullable() }),
  /** The organisation's name, for the inventory and the report; null when not given. */
  z.strictObject({ type: z.literal('organisation'), name: z.string().trim().min(1).max(500).nullable() }),
  z.strictObject({
    type: z.literal('baseline'),
    process: processId,
    metric: metricShape.shape.name,
    /** null: "don't know". */
    baseline: z.number().finite().nullable(),
    unit: metricShape.shape.unit,
  }),
  z.strictObject({ type: z.literal('direction'), process: processId, metric: metricShape.shape.name, better: z.enum(BETTER) }),
]);

export const sessionShape = z.strictObject({
  $comment: z.string().optional(),
  kind: z.literal(SESSION_KIND),
  version: z.literal(1),
  created: z.string().max(64),
  updated: z.string().max(64),
  /** Absolute path of the inventory the interview will write. */
  out: z.string().min(1).max(4096),
  /** Absolute path of the rules file, or null for the default method. */
  rules: z.string().max(4096).nullable(),
  base: z.strictObject({
    organisation: z.string().max(500).optional(),
    processes: z.array(baseProcessShape).max(100_000),
    /** True when the process list is taken as given (--answers alone). */
    listDone: z.boolean(),
    /** The files the starting point came from, for messages. */
    from: z.array(z.string().max(4096)).max(2),
  }),
  events: z.array(eventShape).max(1_000_000),
});

export type Session = z.infer<typeof sessionShape>;
export type SessionEvent = z.infer<typeof eventShape>;
export type BaseProcess = z.infer<typeof baseProcessShape>;
export type AddedProcess = z.infer<typeof addedProcess>;

export function newSession(init: { out: string; rules: string | null; base: Session['base']; now: string }): Session {
  return {
    $comment: 'Answers of an unfinished `outsource assess` interview, saved after every answer. Run `outsource assess` again to resume.',
    kind: SESSION_KIND,
    version: 1,
    created: init.now,
    updated: init.now,
    out: init.out,
    rules: init.rules,
    base: init.base,
    events: [],
  };
}
