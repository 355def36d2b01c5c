import type { LoadedMethod } from '../core/method-file.js';
import type { SourceText } from '../core/rules/load.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { readInput } from './read-input.js';
import { configFile, findConfig } from './config.js';
import { readCompiledMethod, readDefaultTexts } from './default-method.js';

export { DEFAULT_RULES_FILE } from './default-method.js';

export interface MethodFor extends LoadedMethod {
  /** The texts the method came from, for commands that look into them again (`rules test`). */
  defaultSource: SourceText;
  userSource?: SourceText;
}

/**
 * The default method, or a user's rules file (which may extend the default), with its compiled checks.
 * Without a rules file of the user's, the build's compiled copy of the default is read when it is
 * current: the loader and its schemas are imported only for a rules file of the user's.
 */
export async function loadMethodFor(rulesPath: string | undefined, io: Io): Promise<MethodFor> {
  const texts = await readDefaultTexts();
  const defaultSource = texts.rules;
  // Without --rules, the team's configuration may name the rules file.
  rulesPath ??= configFile(await findConfig(io), 'rules', io.cwd);
  const compiled = await readCompiledMethod(texts);
  if (rulesPath === undefined && compiled) return { ...compiled, defaultSource };
  const user = rulesPath === undefined ? undefined : await readInput(rulesPath, io);
  const userSource = user ? { file: user.name, text: user.text } : undefined;
  const [{ loadMethod }, { CelNotLoaded, loadCel }] = await Promise.all([import('../core/method-file.js'), import('../core/roadmap/cel-loader.js')]);
  let result: ReturnType<typeof loadMethod>;
  try {
    result = loadMethod(defaultSource, userSource);
  } catch (error) {
    // CEL is loaded only for a rules file with checks of its own.
    if (!(error instanceof CelNotLoaded)) throw error;
    await loadCel();
    result = loadMethod(defaultSource, userSource);
  }
  if (!result.ok) throw new UserError(result.errors);
  const metricDirections = compiled?.method.metricDirections ?? (await (await import('./metric-directions.js')).readMetricDirections());
  const method = { ...result.value.method, metricDirections };
  return { ...result.value, method, defaultSource, ...(userSource ? { userSource } : {}) };
}
