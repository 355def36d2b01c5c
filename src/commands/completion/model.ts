import type { Command, Option } from 'commander';

/** What a shell needs to know of one option. */
export interface OptionSpec {
  short?: string;
  long?: string;
  description: string;
  /** Takes a value; `choices` when commander lists them, `file` when the value names a file. */
  value?: { choices?: string[]; file: boolean };
}

export interface CommandSpec {
  /** "score", or "rules test" for a subcommand. */
  path: string[];
  description: string;
  options: OptionSpec[];
  /** Choices of the first argument (schema kinds, shells); undefined: files, or none. */
  argumentChoices?: string[];
  takesFiles: boolean;
  subcommands: string[];
}

const FILE_VALUE = /file|dir|path|old|new|inventory|roadmap/i;

function optionSpec(option: Option): OptionSpec {
  const spec: OptionSpec = { description: option.description.split('\n')[0] ?? '' };
  if (option.short) spec.short = option.short;
  if (option.long) spec.long = option.long;
  if (option.required || option.optional) {
    const name = /<([^>]+)>|\[([^\]]+)\]/.exec(option.flags);
    spec.value = { file: FILE_VALUE.test(name?.[1] ?? name?.[2] ?? ''), ...(option.argChoices ? { choices: [...option.argChoices] } : {}) };
  }
  return spec;
}

/**
 * The command tree as plain data, read from commander's definitions so the
 * completion scripts never drift from the real flags.
 */
export function describeCommands(program: Command): { globals: OptionSpec[]; commands: CommandSpec[] } {
  const commands: CommandSpec[] = [];
  const visit = (command: Command, path: string[]) => {
    const args = command.registeredArguments;
    const first = args[0];
    commands.push({
      path,
      description: command.description().split('\n')[0] ?? '',
      options: [...command.options.filter((o) => !o.hidden).map(optionSpec), { short: '-h', long: '--help', description: 'display help for command' }],
      ...(first?.argChoices ? { argumentChoices: [...first.argChoices] } : {}),
      takesFiles: args.length > 0 && !first?.argChoices,
      subcommands: command.commands.map((c) => c.name()),
    });
    for (const sub of command.commands) visit(sub, [...path, sub.name()]);
  };
  for (const command of program.commands) visit(command, [command.name()]);
  const globals = [...program.options.filter((o) => !o.hidden).map(optionSpec), { short: '-h', long: '--help', description: 'display help' }];
  return { globals, commands };
}

export const flagsOf = (o: OptionSpec): string[] => [o.short, o.long].filter((f): f is string => f !== undefined);
