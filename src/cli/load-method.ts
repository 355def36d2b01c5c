import { readFile } from 'node:fs/promises';
import { loadMethod } from '../core/rules/load.js';
import type { Method } from '../core/method.js';
import type { RulesFile } from '../core/rules/schema.js';
import { configFile, findConfig } from './config.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { defaultRulesPath } from './paths.js';
import { readInput } from './read-input.js';

/** The default method, or a user's rules file (which may extend the default). */
export async function loadMethodFor(rulesPath: string | undefined, io: Io): Promise<{ method: Method; raw: RulesFile }> {
  const defaultText = await readFile(defaultRulesPath, 'utf8');
  // Without --rules, the team's configuration may name the rules file.
  rulesPath ??= configFile(await findConfig(io), 'rules', io.cwd);
  const user = rulesPath === undefined ? undefined : await readInput(rulesPath, io);
  const result = loadMethod({ file: 'rules/default.yaml', text: defaultText }, user ? { file: user.name, text: user.text } : undefined);
  if (!result.ok) throw new UserError(result.errors);
  return result.value;
}
