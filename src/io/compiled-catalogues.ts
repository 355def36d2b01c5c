import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogues } from '../core/interview/catalogue.js';
import { reviveCatalogues } from '../core/interview/compiled-catalogues.js';
import { hashOfSources } from './default-method.js';
import { packageRoot } from './paths.js';

/** Where the build writes the interview's compiled catalogues: beside the bundle. */
export const COMPILED_CATALOGUES_PATH = join(packageRoot, 'dist', 'interview-catalogues.json');

/**
 * Sources (tests) always load the YAML: a compiled copy belongs to the bundle
 * built beside it, and a test of a changed loader must not read an old one.
 */
const bundled = !fileURLToPath(import.meta.url).endsWith('.ts');

/**
 * The catalogues from the build's compiled copy, when there is one and it was
 * compiled from the texts installed today; undefined otherwise (the caller
 * then parses and validates the YAML, with every check and message).
 */
export async function readCompiledCatalogues(catalogueText: string, metricsText: string): Promise<Catalogues | undefined> {
  if (!bundled) return undefined;
  try {
    return reviveCatalogues(JSON.parse(await readFile(COMPILED_CATALOGUES_PATH, 'utf8')), hashOfSources(catalogueText, metricsText));
  } catch {
    return undefined;
  }
}
