import { jsonSchemaFor, type SchemaKind } from '../../core/json-schemas.js';
import { EXIT } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { loadMethodFor } from '../../cli/load-method.js';

export async function schema(options: { kind: string }, io: Io): Promise<number> {
  const { method } = await loadMethodFor(undefined, io);
  io.stdout(`${JSON.stringify(jsonSchemaFor(options.kind as SchemaKind, method), null, 2)}\n`);
  return EXIT.ok;
}
