import { z } from 'zod';
// eslint-disable-next-line no-restricted-imports -- the criterion ids are the schema's keys; criteria.ts holds them as data beside their descriptions
import { VENDOR_CRITERIA, VENDOR_SCALE } from './criteria.js';

const id = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and "-"');
const rating = z.int().min(VENDOR_SCALE.min).max(VENDOR_SCALE.max);

const ratingsShape = z.strictObject(Object.fromEntries(VENDOR_CRITERIA.map((c) => [c.id, rating.nullable().optional().describe(c.question)])));

/** Weights by criterion: any positive numbers (the `weights:` map `outsource weights` writes works as is). */
export const weightsShape = z.strictObject(
  Object.fromEntries(VENDOR_CRITERIA.map((c) => [c.id, z.number().finite().min(0, 'weights must not be negative').max(1000).optional()])),
);

export const vendorShape = z.strictObject({
  id,
  name: z.string().min(1).max(200).regex(/\S/, 'must not be blank'),
  location: z.enum(['onshore', 'nearshore', 'offshore']).optional().describe('where the vendor would do the work'),
  scope: z
    .array(z.string().min(1).max(200))
    .max(1000)
    .optional()
    .describe('what this vendor is expected to take: process ids from the inventory (a defined scope per vendor)'),
  ratings: ratingsShape.optional(),
  notes: z.string().max(2000).optional(),
});

export const vendorsFileShape = z.strictObject({
  $schema: z.string().optional(),
  organisation: z.string().max(500).optional(),
  weights: weightsShape.optional().describe('replaces the default weights; criteria left out are not weighed'),
  vendors: z.array(vendorShape).max(10_000),
});

/** A file holding only weights, e.g. `outsource weights --format json` output. */
export const weightsFileShape = z.looseObject({ weights: z.record(z.string(), z.number()) });

export type VendorDef = z.infer<typeof vendorShape>;
export type VendorsFile = z.infer<typeof vendorsFileShape>;

export const VENDORS_FILE_KEYS = ['$schema', 'organisation', 'weights', 'vendors'];
export const VENDOR_KEYS = ['id', 'name', 'location', 'scope', 'ratings', 'notes'];
