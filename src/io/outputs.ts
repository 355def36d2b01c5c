import { resolve } from 'node:path';
import type { ConfigurableCommand } from '../core/config/schema.js';
import { configOutputs, findConfig } from './config.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { exists, writeFileAtomic } from './write-file.js';
import { sanitize } from '../util/sanitize.js';

/** One output of a run: a format, and the file it goes to (none: stdout). */
export interface OutputTarget<F extends string> {
  format: F;
  file?: string;
}

/** What a command's options hold after commander: every -f and every -o, in the order given. */
export interface OutputFlags<F extends string> {
  format?: F | F[];
  output?: string[];
  force?: boolean;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Pairs formats with files in order, the Spectral way: the i-th --format goes
 * to the i-th --output; a format left without a file goes to stdout, and only
 * one may. No --format at all means the default (from the configuration, or
 * the command's own).
 */
export function planOutputs<F extends string>(flags: OutputFlags<F>, defaults: readonly OutputTarget<F>[]): OutputTarget<F>[] {
  const formats = list(flags.format);
  const files = list(flags.output);
  if (formats.length === 0) {
    if (files.length === 0) return [...defaults];
    const first = defaults[0];
    if (files.length > 1 || !first) throw new UserError(`${files.length} --output files but no --format; give one --format for each --output`);
    return [{ format: first.format, file: files[0] }];
  }
  if (files.length > formats.length)
    throw new UserError(`${files.length} --output files for ${formats.length} --format${formats.length === 1 ? '' : 's'}; give one --format for each --output`);
  const targets: OutputTarget<F>[] = formats.map((format, i) => (i < files.length ? { format, file: files[i] as string } : { format }));
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UserError(
      `only one format can go to stdout, but ${toStdout.map((t) => t.format).join(', ')} have no --output file; give each but one an -o FILE (files pair with formats in order)`,
    );
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    if (seen.has(t.file)) throw new UserError(`${sanitize(t.file)}: given as --output twice`);
    seen.add(t.file);
  }
  return targets;
}

/** A rendered output: a string, or chunks for a large machine format that stdout takes as they come. */
export type Rendered = string | Uint8Array | Iterable<string>;

/**
 * Renders every target and writes it. Files come first, each written whole
 * or not at all (writeFileAtomic); before any is written, every target is
 * checked, so a run refused for an existing file writes nothing. stdout comes
 * last, so a file that cannot be written stops the run (exit 2) before
 * anything is printed.
 */
export async function writeOutputs<F extends string>(
  targets: readonly OutputTarget<F>[],
  render: (format: F, toStdout: boolean) => Rendered,
  io: Io,
  options: { force?: boolean } = {},
): Promise<void> {
  const files = targets.filter((t): t is OutputTarget<F> & { file: string } => t.file !== undefined);
  if (!options.force) {
    const taken: string[] = [];
    for (const t of files) if (await exists(resolve(io.cwd, t.file))) taken.push(sanitize(t.file));
    if (taken.length > 0)
      throw new UserError(`${taken.join(', ')}: already ${taken.length === 1 ? 'exists' : 'exist'}; nothing was written (use --force to overwrite)`);
  }
  for (const t of files) {
    // Chunks are written as they come: a million processes in JSON are more than one string can hold.
    await writeFileAtomic(resolve(io.cwd, t.file), render(t.format, false), { force: true, shownAs: sanitize(t.file) });
  }
  for (const t of targets) {
    if (t.file !== undefined) continue;
    const rendered = render(t.format, true);
    if (rendered instanceof Uint8Array) throw new UserError(`--format ${t.format} is not text: give it an -o FILE`);
    if (typeof rendered === 'string') io.stdout(rendered);
    else
      for (const chunk of rendered) {
        io.stdout(chunk);
        await io.drained?.();
      }
  }
}

/**
 * The outputs of a run of `command`: its -f/-o flags, else the team's
 * configuration, else `fallback` to stdout. Called before the work, so a
 * mistake in the flags costs nothing.
 */
export async function outputsFor<F extends string>(
  command: ConfigurableCommand,
  formats: readonly F[],
  fallback: F,
  flags: OutputFlags<F>,
  io: Io,
): Promise<OutputTarget<F>[]> {
  return planOutputs(flags, configOutputs(await findConfig(io), command, formats, io.cwd) ?? [{ format: fallback }]);
}
