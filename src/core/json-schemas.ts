import { z } from 'zod';
import { inventoryShape } from './inventory/schema.js';
import type { Method } from './method.js';
import { rulesShape } from './rules/schema.js';
import { roadmapShape } from './roadmap/schema.js';

export type SchemaKind = 'inventory' | 'roadmap' | 'rules';

/** JSON Schemas generated from the same zod schemas that validate the files: one source of truth. */
export function jsonSchemaFor(kind: SchemaKind, method: Method): Record<string, unknown> {
  const shape = kind === 'inventory' ? inventoryShape(method) : kind === 'roadmap' ? roadmapShape : rulesShape;
  const schema = z.toJSONSchema(shape, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://outsource.dev/schemas/${kind}.schema.json`,
    title: `outsource ${kind}`,
  };
}
