import { z } from 'zod';

const criterionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a criterion id')
  .max(64);
const text = z.string().trim().min(1).max(2000);

const thresholdShape = z.strictObject({
  at_least: z.int().describe('the recommendation applies when the answer is at or above this value'),
  why: text,
});

/**
 * The `location:` section of a rules file: right-shoring. Any
 * onshore threshold that is met keeps the work onshore; failing that, any
 * nearshore threshold keeps it nearshore; otherwise offshore.
 */
export const locationRulesShape = z.strictObject({
  onshore: z.record(criterionKey, thresholdShape).describe('scale criteria that keep the work onshore when an answer reaches at_least'),
  nearshore: z.record(criterionKey, thresholdShape).describe('checked when nothing keeps the work onshore'),
  offshore: z.strictObject({ why: text }).describe('why the work can go to a lower-cost hub when nothing keeps it closer'),
  follow_the_sun: z
    .strictObject({
      criterion: criterionKey.describe('the flag that says the work should follow the sun'),
      ignores: z.array(criterionKey).max(20).describe('thresholds that do not apply when that flag is true'),
      why: text,
    })
    .optional(),
});

export const locationOverrideShape = z.strictObject({
  onshore: z.record(criterionKey, thresholdShape.partial()).optional(),
  nearshore: z.record(criterionKey, thresholdShape.partial()).optional(),
  offshore: z.strictObject({ why: text }).partial().optional(),
  follow_the_sun: z
    .strictObject({ criterion: criterionKey, ignores: z.array(criterionKey).max(20), why: text })
    .partial()
    .optional(),
});

export type LocationRules = z.infer<typeof locationRulesShape>;
export const LOCATION_KEYS = ['onshore', 'nearshore', 'offshore', 'follow_the_sun'];
