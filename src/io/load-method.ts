import { readFile } from 'node:fs/promises';
import { loadMethod, type LoadedMethod } from '../core/method-file.js';
import type { SourceText } from '../core/rules/load.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { defaultRulesPath } from './paths.js';
import { readInput } from './read-input.js';
import { configFile, findConfig } from './config.js';
import { readMetricDirections } from './metric-directions.js';

/** How the default rules file is named in messages, wherever the package is installed. */
export const DEFAULT_RULES_FILE = 'rules/default.yaml';

export interface MethodFor extends LoadedMethod {
  /** The texts the method came from, for commands that look into them again (`rules test`). */
  defaultSource: SourceText;
  userSource?: SourceText;
}

/** The default method, or a user's rules file (which may extend the default), with its compiled checks. */
export async function loadMethodFor(rulesPath: string | undefined, io: Io): Promise<MethodFor> {
  const defaultSource = { file: DEFAULT_RULES_FILE, text: await readFile(defaultRulesPath, 'utf8') };
  // Without --rules, the team's configuration may name the rules file.
  rulesPath ??= configFile(await findConfig(io), 'rules', io.cwd);
  const user = rulesPath === undefined ? undefined : await readInput(rulesPath, io);
  const userSource = user ? { file: user.name, text: user.text } : undefined;
  const result = loadMethod(defaultSource, userSource);
  if (!result.ok) throw new UserError(result.errors);
  const method = { ...result.value.method, metricDirections: await readMetricDirections() };
  return { ...result.value, method, defaultSource, ...(userSource ? { userSource } : {}) };
}
