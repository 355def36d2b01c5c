import { jsonSchemaFor, type SchemaKind } from '../../core/json-schemas.js';
import { EXIT } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';

export async function schema(options: { kind: string }, io: Io): Promise<number> {
  const { method } = await loadMethodFor(undefined, io);
  io.stdout(`${JSON.stringify(jsonSchemaFor(options.kind as SchemaKind, method), null, 2)}\n`);
  return EXIT.ok;
}
