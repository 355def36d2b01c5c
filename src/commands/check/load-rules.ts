import { readFile } from 'node:fs/promises';
import { loadMethod, type LoadedMethod } from '../../core/rules/load.js';
import { configFile, findConfig } from '../../cli/config.js';
import { UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { defaultRulesPath } from '../../cli/paths.js';
import { readInput } from '../../cli/read-input.js';

/** The method and the compiled `checks:` section: the default rules, or a user's file over them. */
export async function loadRulesWithChecks(rulesPath: string | undefined, io: Io): Promise<LoadedMethod> {
  const defaultText = await readFile(defaultRulesPath, 'utf8');
  // Without --rules, the team's configuration may name the rules file.
  rulesPath ??= configFile(await findConfig(io), 'rules', io.cwd);
  const user = rulesPath === undefined ? undefined : await readInput(rulesPath, io);
  const result = loadMethod({ file: 'rules/default.yaml', text: defaultText }, user ? { file: user.name, text: user.text } : undefined);
  if (!result.ok) throw new UserError(result.errors);
  return result.value;
}
