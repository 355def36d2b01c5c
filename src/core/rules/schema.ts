import { z } from 'zod';
import { engagementRulesShape } from '../engagement/schema.js';
import { locationOverrideShape, locationRulesShape } from '../location/schema.js';
import { checksSectionShape } from './checks-schema.js';
import { moneyRulesShape } from '../money/schema.js';

/** Criterion ids and gate ids are public contract: lowercase words joined by `_` or `-`. */
export const criterionId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lowercase letters, digits and "_"').max(64);
export const gateId = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'must be lowercase letters, digits, "-" and "_"').max(64);

/**
 * Rules text is printed on terminals and in reports: a control, bidi or
 * invisible character there could recolour the screen or reorder or hide what
 * a message says. Line breaks are the one control allowed (help texts).
 */
// eslint-disable-next-line no-control-regex
const PRINTABLE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]*$/;
const NO_CONTROLS = 'must not contain control or invisible characters (escape sequences, tabs, carriage returns, bidi overrides, zero-width characters)';
const text = z.string().trim().min(1).max(2000).regex(PRINTABLE, NO_CONTROLS);

export const priorityShape = z.strictObject({
  effect: z.enum(['raises', 'lowers']).describe('whether a higher answer raises or lowers the priority score'),
  weight: z.number().positive('weight must be greater than 0').finite().max(1000),
});

export const criterionShape = z.strictObject({
  type: z.enum(['scale', 'flag']),
  steps: z.array(z.int().min(1).max(7)).min(1).max(7),
  question: text,
  help: text,
  priority: priorityShape.optional().describe('step-6 effect and weight; required when steps include 6'),
  optional: z.boolean().optional().describe('asked for planning only (e.g. right-shoring): never listed as missing, never used by a gate or the score'),
});

export const gateShape = z.strictObject({
  step: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  criterion: criterionId,
  op: z.enum(['>=', '<=', '==', 'is']).describe('">=" or "<=" compare a scale (gates must be monotone); "is" or "==" test a flag'),
  value: z.union([z.int(), z.boolean(), z.literal('high')]).describe('a number on the scale, "high" (the scale\'s high), or true/false for a flag'),
  message: text,
  enabled: z.boolean().optional(),
  unless: criterionId.optional().describe('an accountability gate: a flag (e.g. separable) that, when true, keeps only the accountable part in-house and lets the execution go out (verdict split)'),
  keeps: text.optional().describe('for an accountability gate: what stays in-house when the execution goes out'),
});

const stepShape = z.strictObject({
  verdict: z.enum(['keep', 'retain', 'defer']).optional(),
  title: text,
  intro: text.optional(),
});

export const scaleShape = z.strictObject({
  min: z.int(),
  max: z.int(),
  high: z.int().optional().describe('what "high" means on this scale: gates may say `value: high`, and roadmap checks call a risk or core competency at or above it high'),
  labels: z.record(z.string().regex(/^\d+$/), z.string().min(1).max(40).regex(PRINTABLE, NO_CONTROLS)).optional(),
});

/**
 * A test vector kept with a rules file (`outsource rules test`): answers, the
 * verdict they must get and, optionally, the gates that must be its reasons
 * and the range its score must fall in. `base` starts from the answers of an
 * earlier test, so a vector can change one answer of a known process.
 */
export const ruleTestShape = z.strictObject({
  name: z.string().min(1).max(200).regex(/\S/, 'must not be blank'),
  base: z.string().max(200).optional().describe('name of an earlier test whose answers this one starts from'),
  answers: z
    .record(criterionId, z.union([z.int(), z.boolean(), z.string().max(20), z.null()]))
    .optional()
    .describe('criterion id -> answer; a flag may also be spelled yes/no, ja/nein, oui/non; null makes it unanswered'),
  verdict: z.enum(['outsource', 'split', 'keep', 'retain', 'defer', 'incomplete']),
  reasons: z.array(gateId).max(50).optional().describe('the gate ids the reasons must name, in any order ("priority" for outsource and split; a split also names the accountability gates that keep a part in-house)'),
  score: z.strictObject({ min: z.number().min(0).max(100).optional(), max: z.number().min(0).max(100).optional() }).optional().describe('range the 0-100 priority score must fall in'),
});

/** The keys a test vector may have, for "did you mean". */
export const RULE_TEST_KEYS = ['name', 'base', 'answers', 'verdict', 'reasons', 'score'];

/** A complete method, as the engine uses it. */
export const rulesShape = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).optional(),
  name: z.string().max(200).regex(PRINTABLE, NO_CONTROLS).optional(),
  description: z.string().max(2000).regex(PRINTABLE, NO_CONTROLS).optional(),
  extends: z.literal('default').optional(),
  scale: scaleShape,
  steps: z.strictObject({ 3: stepShape, 4: stepShape, 5: stepShape, 6: stepShape }),
  criteria: z.record(criterionId, criterionShape),
  gates: z.record(gateId, gateShape),
  min_score: z.number().min(0).max(100).optional().describe('an outsource or split process scoring below this (0-100, default 40) is marked marginal: a weak candidate, not a plain recommendation'),
  engagement: engagementRulesShape.optional().describe('engagement model and seats'),
  location: locationRulesShape.optional().describe('right-shoring thresholds'),
  money: moneyRulesShape.optional().describe('defaults of the business case: governance share, term, discount rate'),
  checks: checksSectionShape.optional(),
  tests: z.array(ruleTestShape).max(1000).optional().describe('test vectors run by `outsource rules test`'),
});

/** What a file that `extends: default` may say: any part, any field, merged over the default. */
export const rulesOverrideShape = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).optional(),
  name: z.string().max(200).regex(PRINTABLE, NO_CONTROLS).optional(),
  description: z.string().max(2000).regex(PRINTABLE, NO_CONTROLS).optional(),
  extends: z.literal('default'),
  scale: scaleShape.partial().optional(),
  steps: z.strictObject({ 3: stepShape.partial(), 4: stepShape.partial(), 5: stepShape.partial(), 6: stepShape.partial() }).partial().optional(),
  criteria: z.record(criterionId, criterionShape.extend({ priority: priorityShape.partial().optional() }).partial()).optional(),
  gates: z.record(gateId, gateShape.partial()).optional(),
  min_score: z.number().min(0).max(100).optional(),
  engagement: engagementRulesShape.partial().optional(),
  location: locationOverrideShape.optional(),
  money: moneyRulesShape.partial().optional(),
  checks: checksSectionShape.optional(),
  tests: z.array(ruleTestShape).max(1000).optional().describe('test vectors; they replace the default\'s'),
});

export type RulesFile = z.infer<typeof rulesShape>;
export type CriterionDef = z.infer<typeof criterionShape>;
export type GateDef = z.infer<typeof gateShape>;
