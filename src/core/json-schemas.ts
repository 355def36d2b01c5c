import { z } from 'zod';
import { inventoryShape } from './inventory/schema.js';
import type { Method } from './method.js';
import { rulesShape } from './rules/schema.js';
import { roadmapShape } from './roadmap/schema.js';
import { vendorsFileShape } from './vendors/schema.js';
import { matrixFileShape } from './ahp/matrix-file.js';
import { configShape } from './config/schema.js';

/** Every file kind with a schema, for `outsource schema KIND` (matrix: the comparisons of `weights --matrix`; config: .outsource.yaml). */
export const SCHEMA_KINDS = ['inventory', 'roadmap', 'rules', 'vendors', 'matrix', 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const FIXED_SHAPES = { roadmap: roadmapShape, rules: rulesShape, vendors: vendorsFileShape, matrix: matrixFileShape, config: configShape };

/** JSON Schemas generated from the same zod schemas that validate the files: one source of truth. */
export function jsonSchemaFor(kind: SchemaKind, method: Method): Record<string, unknown> {
  const shape = kind === 'inventory' ? inventoryShape(method) : FIXED_SHAPES[kind];
  const schema = z.toJSONSchema(shape, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://outsource.dev/schemas/${kind}.schema.json`,
    title: `outsource ${kind}`,
  };
}
