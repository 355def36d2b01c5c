import { z } from 'zod';
import { inventoryShape } from './inventory/schema.js';
import type { Method } from './method.js';
import { rulesShape } from './rules/schema.js';

export type SchemaKind = 'inventory' | 'rules';

/** JSON Schemas generated from the same zod schemas that validate the files: one source of truth. */
export function jsonSchemaFor(kind: SchemaKind, method: Method): Record<string, unknown> {
  const shape = kind === 'inventory' ? inventoryShape(method) : rulesShape;
  const schema = z.toJSONSchema(shape, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://outsource.dev/schemas/${kind}.schema.json`,
    title: kind === 'inventory' ? 'outsource inventory' : 'outsource rules',
  };
}
