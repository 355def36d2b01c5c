import { InvalidArgumentError, Option } from 'commander';

/**
 * `-f/--format`, repeatable: each use adds a format. Commander's `choices`
 * cannot collect, so the parser checks the choice and collects itself; the
 * choices still show in --help.
 */
export function formatOption<F extends string>(formats: readonly F[], fallback: F): Option {
  return new Option('-f, --format <format>', `output format (default: ${fallback}); repeat it, each with an -o file, for several formats in one run`)
    .choices(formats)
    .argParser((value: string, previous: F[] | undefined) => {
      if (!(formats as readonly string[]).includes(value)) throw new InvalidArgumentError(`Allowed choices are ${formats.join(', ')}.`);
      return [...(previous ?? []), value as F];
    });
}

/** `-o/--output FILE`, repeatable: the first file takes the first format, the second the second, and so on. */
export function outputOption(): Option {
  return new Option('-o, --output <file>', 'write the matching --format to this file instead of stdout (written whole or not at all); repeatable').argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );
}
