import type { Io } from './io/io.js';
import { processIo } from './io/process-io.js';
import { reportCommandError } from './io/report-error.js';

type Action = (io: Io) => Promise<number>;

/**
 * `outsource assess`, `outsource check FILE...` and `outsource score FILE`
 * with no option: the command lines whose start-up is a goal (the
 * interview's first question, a roadmap check in CI, the shortlist) hold
 * nothing for the argument parser to do, so they run without it (commander
 * and the definitions of every command cost about a tenth of their
 * start-up). Any other command line goes through cli.ts;
 * test/cli/fast-start.test.ts checks that both ways call the command alike.
 */
export function fastCommand(argv: readonly string[]): Action | undefined {
  const [command, ...rest] = argv;
  if (command === 'assess' && rest.length === 0) return async (io) => (await import('./commands/assess/index.js')).assess({}, io);
  const plain = rest.every((arg) => arg !== '' && !arg.startsWith('-'));
  if (command === 'check' && rest.length > 0 && plain) return async (io) => (await import('./commands/check/index.js')).check({ files: rest }, io);
  const [file] = rest;
  if (command === 'score' && rest.length === 1 && plain && file !== undefined)
    return async (io) => (await import('./commands/score/index.js')).score({ file }, io);
  return undefined;
}

/** Runs a fast command line as run() in cli.ts would; undefined when `argv` is not one (the caller then runs cli.ts). */
export async function runFast(argv: readonly string[], io: Io = processIo()): Promise<number | undefined> {
  const action = fastCommand(argv);
  if (!action) return undefined;
  try {
    const code = await action({ ...io, quiet: false });
    await io.drained?.();
    return code;
  } catch (error) {
    return reportCommandError(error, io, false);
  }
}
