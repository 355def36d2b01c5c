/**
 * The hostile files × readers grid, shared by readers.test.ts and
 * readers-more.test.ts: one test per reader and file, each demanding a clean
 * refusal (exit 2, a few clear lines on stderr, nothing on stdout, no stack
 * trace, no escape sequence from the data, no polluted prototype, under
 * 500 MB, no hang). A reader's files run in one process (batch.ts); one of
 * them runs again in a process of its own, the way a user runs the command.
 */
import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import { runBatch, type BatchCase } from './batch.js';
import { expectCleanRefusal, KILL_AFTER_MS, type Measured, record, runMeasured } from './harness.js';
import type { Reader } from './readers.js';

/** Test names show control characters as escapes, like the CLI does. */
export const label = (name: string) => JSON.stringify(name).slice(1, -1);

/** The file run again in a process of its own: its name is made of escape sequences, which the real stderr must not pass on. */
export const SPAWNED = '\u001b[31mred\u0007\u202e.yaml';

/** Why a reader cannot take a file, or undefined when it can. */
function unfit(reader: Reader, path: string | undefined): string | undefined {
  if (path === undefined) return 'mkfifo is not available here';
  if (!reader.args(path).includes('-')) return undefined;
  if (!statSync(path).isFile()) return 'only a regular file can be piped in';
  // The size limit applies to a pipe as well, but piping 200 MB through a test costs more than it shows.
  if (statSync(path).size > 64 * 1024 * 1024) return 'over the limit: readers.test.ts covers it for files';
  return undefined;
}

/**
 * For each reader, a describe block with one test per file name. `pathOf`
 * is called once the files exist (after the file's beforeAll), and gives
 * undefined for a file this machine cannot make.
 */
export function describeGrid(readers: readonly Reader[], names: readonly string[], pathOf: (name: string) => string | undefined): void {
  describe.each(readers)('$label', (reader) => {
    let runs = new Map<string, Promise<Measured>>();
    beforeAll(() => {
      const fit = names.filter((name) => unfit(reader, pathOf(name)) === undefined);
      const cases = fit.map((name): BatchCase => {
        const path = pathOf(name)!;
        const options = reader.options?.() ?? {};
        const args = reader.args(path);
        return { args, cwd: options.cwd, tty: options.tty, stdinFile: args.includes('-') ? path : undefined };
      });
      const results = runBatch(cases);
      runs = new Map(fit.map((name, i) => [name, results[i]!]));
    });

    for (const name of names) {
      it(label(name), { timeout: KILL_AFTER_MS * 2 }, async ({ skip }) => {
        const why = unfit(reader, pathOf(name));
        if (why) return skip(why);
        expectCleanRefusal(record(`${reader.label} ${label(name)}`, await runs.get(name)!));
      });
    }

    if (names.includes(SPAWNED)) {
      it(`in a process of its own: ${label(SPAWNED)}`, { timeout: KILL_AFTER_MS * 2 }, async () => {
        const path = pathOf(SPAWNED)!;
        const args = reader.args(path);
        const options = { ...reader.options?.(), ...(args.includes('-') ? { input: readFileSync(path) } : {}) };
        expectCleanRefusal(record(`${reader.label} ${label(SPAWNED)} (own process)`, await runMeasured(args, options)));
      });
    }
  });
}
