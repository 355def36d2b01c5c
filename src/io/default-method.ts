import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviveMethod, type MethodWithDirections } from '../core/compiled-method.js';
import type { SourceText } from '../core/rules/load.js';
import { packageRoot, rulesDir } from './paths.js';

/** How the default rules file is named in messages, wherever the package is installed. */
export const DEFAULT_RULES_FILE = 'rules/default.yaml';
export const METRICS_FILE = 'rules/metrics.yaml';

/** Where the build writes the compiled default method: beside the bundle. */
export const COMPILED_METHOD_PATH = join(packageRoot, 'dist', 'default-method.json');

/** The hash a compiled method carries: of both texts it was compiled from. */
export function hashOfSources(rulesText: string, metricsText: string): string {
  return createHash('sha256').update(rulesText).update('\0').update(metricsText).digest('hex');
}

export interface DefaultMethodTexts {
  rules: SourceText;
  metrics: SourceText;
}

export const readDefaultTexts = async (): Promise<DefaultMethodTexts> => {
  const [rules, metrics] = await Promise.all([readFile(join(rulesDir, 'default.yaml'), 'utf8'), readFile(join(rulesDir, 'metrics.yaml'), 'utf8')]);
  return { rules: { file: DEFAULT_RULES_FILE, text: rules }, metrics: { file: METRICS_FILE, text: metrics } };
};

/**
 * Sources (tests) always load the YAML: a compiled copy belongs to the bundle
 * built beside it, and a test of a changed loader must not read an old one.
 */
const bundled = !fileURLToPath(import.meta.url).endsWith('.ts');

/**
 * The default method from the build's compiled copy, when there is one and it
 * was compiled from the texts installed today; undefined otherwise (the
 * caller then loads the YAML for real, with every check and message).
 */
export async function readCompiledMethod(texts: DefaultMethodTexts): Promise<MethodWithDirections | undefined> {
  if (!bundled) return undefined;
  let json: string;
  try {
    json = await readFile(COMPILED_METHOD_PATH, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return reviveMethod(JSON.parse(json), hashOfSources(texts.rules.text, texts.metrics.text));
  } catch {
    return undefined;
  }
}
