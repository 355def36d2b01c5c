import type { Command } from 'commander';
import { EXIT } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { describeCommands } from './model.js';
import type { Shell } from './shells.js';
import { zshScript } from './zsh.js';

const scripts: Record<Shell, typeof bashScript> = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** Prints a completion script for the shell, generated from the command definitions themselves. */
export function completion(options: { shell: Shell }, program: Command, io: Io): Promise<number> {
  const { globals, commands } = describeCommands(program);
  io.stdout(scripts[options.shell](globals, commands));
  return Promise.resolve(EXIT.ok);
}
