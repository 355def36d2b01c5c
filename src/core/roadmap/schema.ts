import { z } from 'zod';
import { processId } from '../inventory/schema.js';
import { BETTER } from '../metrics/schema.js';
import { isIsoDate } from '../parse/iso-date.js';

export { isIsoDate };

/**
 * The roadmap file: which process goes to which vendor, in which wave, under
 * which engagement model, where, measured how,
 * and who owns the work. People edit it by hand, so fields that the
 * checks explain better than a schema error (an empty owner, a missing
 * scope, no SLAs) are optional here and reported by the checks instead.
 */

export const vendorId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lowercase letters, digits, "-" and "_"');
export const ruleId = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9-]*$/, 'must be a check id: lowercase letters, digits and "-"');

export const ENGAGEMENTS = ['resource-support', 'project-support'] as const;
export const LOCATIONS = ['onshore', 'nearshore', 'offshore'] as const;
export const IP_OWNERS = ['organisation', 'vendor', 'shared'] as const;
export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;

const text = (max: number) => z.string().trim().max(max);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');

export const slaShape = z.strictObject({
  metric: text(200).min(1).describe('what is measured: turnaround, first-time-right rate, cost per item...'),
  unit: text(50).min(1).describe('hours, %, EUR, count...'),
  baseline: z.number().finite().nullable().optional().describe("today's value, measured before the hand-over"),
  target: z.number().finite().nullable().optional().describe('the value the vendor commits to'),
  better: z
    .enum(BETTER)
    .nullable()
    .optional()
    .describe('which way is good: lower or higher; the metric catalogue supplies it for names it knows, any other name must state it'),
  tolerance: z
    .number()
    .finite()
    .min(0)
    .max(10)
    .nullable()
    .optional()
    .describe('outsource track: a miss of at most tolerance x |target| is amber, not red (default in rules/tracking.yaml)'),
  window: z.int().min(2).max(120).nullable().optional().describe('outsource track: how many periods the trend is fitted on (default in rules/tracking.yaml)'),
});

export const itemShape = z.strictObject({
  process: processId.describe('id of a process in the inventory'),
  vendor: vendorId.describe('id of a vendor under vendors:'),
  wave: z.int().min(1).max(1000).describe('1 is the first wave; start with non-core, low-risk work'),
  engagement: z.enum(ENGAGEMENTS).describe('resource-support: seats bought per seat; project-support: bought per project'),
  location: z.enum(LOCATIONS).describe('where the work is done (right-shoring)'),
  slas: z.array(slaShape).max(100).nullable().optional().describe('service levels: metric, unit, baseline and target'),
  ip_owner: z.enum(IP_OWNERS).nullable().optional().describe('who owns the intellectual property of the work; should be the organisation'),
  notes: text(2000).nullable().optional(),
  in_house_owner: text(200)
    .nullable()
    .optional()
    .describe('for a split process: the person or role in-house who keeps the accountable part (sign-off, compliance, the client relationship)'),
});

export const vendorShape = z.strictObject({
  name: text(200).nullable().optional(),
  scope: z
    .union([text(2000), z.array(text(500)).max(200)])
    .nullable()
    .optional()
    .describe('the functions or processes this vendor is responsible for (define what you expect from each vendor)'),
  contact: text(200).nullable().optional(),
  notes: text(2000).nullable().optional(),
});

export const reviewShape = z.strictObject({
  cadence: z.enum(CADENCES).nullable().optional().describe('how often the plan and the vendors are reviewed'),
  feedback_loop: z
    .union([z.boolean(), text(2000)])
    .nullable()
    .optional()
    .describe('true, or how feedback flows back: strategise, implement, feedback'),
});

export const trackingShape = z.strictObject({
  actuals: z
    .string()
    .min(1)
    .max(1000)
    .nullable()
    .optional()
    .describe('path of the actuals file (CSV, YAML or JSON), relative to this roadmap; read by outsource track'),
  cadence: z.enum(CADENCES).nullable().optional().describe('how often actuals are reviewed; an SLA red for longer is sla-breached (default: review.cadence)'),
});

export const waiverShape = z.strictObject({
  rule: ruleId.describe('the check id to waive'),
  process: processId.optional().describe('only findings about this process'),
  vendor: vendorId.optional().describe('only findings about this vendor'),
  reason: text(2000).nullable().optional().describe('why the finding is accepted; a waiver without a reason does not waive'),
  expires: isoDate.optional().describe('last day the waiver holds (YYYY-MM-DD); after it, the finding comes back'),
});

export const roadmapShape = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).optional(),
  name: text(200).nullable().optional(),
  inventory: z.string().min(1).max(1000).describe('path of the inventory, relative to this roadmap'),
  owner: text(200).nullable().optional().describe('the in-house owner: the responsibility stays with the organisation'),
  review: reviewShape.nullable().optional(),
  tracking: trackingShape.nullable().optional().describe('the run phase: where the actuals are and how often they are reviewed (outsource track)'),
  vendors: z.record(vendorId, vendorShape.nullable()).nullable().optional(),
  items: z.array(itemShape).max(100_000).nullable().optional(),
  waivers: z.array(waiverShape).max(10_000).nullable().optional(),
});

export type Roadmap = z.infer<typeof roadmapShape>;
export type RoadmapItem = z.infer<typeof itemShape>;
export type RoadmapVendor = z.infer<typeof vendorShape>;
export type Sla = z.infer<typeof slaShape>;
export type WaiverEntry = z.infer<typeof waiverShape>;
export type Tracking = z.infer<typeof trackingShape>;

export const ROADMAP_KEYS = ['$schema', 'version', 'name', 'inventory', 'owner', 'review', 'tracking', 'vendors', 'items', 'waivers'];
export const ITEM_KEYS = ['process', 'vendor', 'wave', 'engagement', 'location', 'slas', 'ip_owner', 'notes', 'in_house_owner'];
export const VENDOR_KEYS = ['name', 'scope', 'contact', 'notes'];
export const REVIEW_KEYS = ['cadence', 'feedback_loop'];
export const SLA_KEYS = ['metric', 'unit', 'baseline', 'target', 'better', 'tolerance', 'window'];
export const TRACKING_KEYS = ['actuals', 'cadence'];
export const WAIVER_KEYS = ['rule', 'process', 'vendor', 'reason', 'expires'];

/** The words to suggest for an unknown key at a path of a roadmap. */
export function roadmapKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return ROADMAP_KEYS;
  const [top] = path;
  if (top === 'review') return REVIEW_KEYS;
  if (top === 'tracking') return TRACKING_KEYS;
  if (top === 'vendors' && path.length === 2) return VENDOR_KEYS;
  if (top === 'items' && path.length === 2) return ITEM_KEYS;
  if (top === 'items' && path[2] === 'slas') return SLA_KEYS;
  if (top === 'waivers') return WAIVER_KEYS;
  return [];
}
