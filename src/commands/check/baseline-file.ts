import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BASELINE_KIND, loadBaseline, makeBaseline, type Baseline } from '../../core/roadmap/baseline.js';
import type { Finding } from '../../core/roadmap/types.js';
import { UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { readInput } from '../../io/read-input.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { note } from '../../io/note.js';
import { sanitize } from '../../util/sanitize.js';

/** Reads --baseline; a missing one is an error that says how to make it. */
export async function readBaseline(path: string, io: Io): Promise<Baseline> {
  let input;
  try {
    input = await readInput(path, io);
  } catch (error) {
    if (error instanceof UserError && /no such file$/.test(error.message)) {
      throw new UserError(`${sanitize(path)}: no such baseline; write it with  outsource check ROADMAP --write-baseline ${sanitize(path)}`);
    }
    throw error;
  }
  const loaded = loadBaseline(input.text, input.name);
  if (!loaded.ok) throw new UserError(loaded.errors);
  return loaded.value;
}

/** An existing baseline may be rewritten without --force (that is what the flag is for); any other file may not. */
async function isBaseline(path: string): Promise<boolean> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as { kind?: unknown };
    return value.kind === BASELINE_KIND;
  } catch {
    return false;
  }
}

/** Writes every finding that counts now as the baseline, atomically; returns it. */
export async function writeBaseline(path: string, findings: readonly Finding[], io: Io, options: { force: boolean }): Promise<Baseline> {
  const full = resolve(io.cwd, path);
  const baseline = makeBaseline(findings);
  await writeFileAtomic(full, `${JSON.stringify(baseline, null, 2)}\n`, { force: options.force || (await isBaseline(full)), shownAs: sanitize(path) });
  note(
    io,
    `outsource: wrote ${sanitize(path)} with ${baseline.findings.length} ${baseline.findings.length === 1 ? 'finding' : 'findings'}; from now on only new ones fail the check\n`,
  );
  return baseline;
}
