/** JSON Schema validation for contract tests (ajv, draft 2020-12, as the shared schemas are written). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The named export: under `module: nodenext` the default import of this CommonJS module is not constructable to tsc.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { repoRoot } from './paths.js';

/** A validator for a schema file under the repository root, e.g. `test/schemas/score-output.schema.json`. */
export function validatorFor(schemaPath: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(repoRoot, schemaPath), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(schema);
}

/** The published score JSON contract (test/schemas/score-output.schema.json). */
export const validateScoreOutput = (): ValidateFunction => validatorFor('test/schemas/score-output.schema.json');

/** Ajv's errors as short lines, for a failing assertion's message. */
export const schemaErrors = (validate: ValidateFunction): string =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
