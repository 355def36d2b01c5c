import { resolve } from 'node:path';
import { firstReading, secondReading, type FirstReading } from '../../core/engine/two-pass.js';
import type { EvaluationStream } from '../../core/engine/stream.js';
import { InputChanged, NotStreamable } from '../../core/inventory/not-streamable.js';
import { plainCsvProcesses } from '../../core/inventory/plain-csv-stream.js';
import type { Method } from '../../core/method.js';
import type { ScoreOutput } from '../../reporters/score/formats.js';
import { renderCsvStream } from '../../reporters/score/csv.js';
import { renderJsonStream } from '../../reporters/score/json.js';
import { UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { type OutputTarget, writeOutputs } from '../../io/outputs.js';
import { openRereadable } from '../../io/plain-csv-file.js';
import { describeFsError, MAX_INPUT_BYTES } from '../../io/read-input.js';
import { lenientAboutDirections } from '../../io/undirected-metrics.js';
import { sanitize } from '../../util/sanitize.js';

/**
 * Below this size the file is read whole: two readings parse every row twice,
 * about 10 % more CPU at 100,000 rows (10 MB) for 50 MB less memory (130 MB
 * against 180 MB). From here up, memory matters more: read whole, 16 MB
 * (about 150,000 processes) peaks near 230 MB, and a million near 1 GB, where
 * two readings stay under 190 MB and take less time too.
 */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024;

/**
 * A plain CSV inventory scored to JSON or CSV without holding it: read once to
 * check every row and rank the candidates (keeping only ids and scores), then
 * again to evaluate each row and write it. The output is byte for byte the
 * whole-file path's. False, with nothing written, when that path must take the
 * file instead (a small file, quotes, money columns, any row it would refuse):
 * it then gives its own results or errors.
 */
export async function writeStreamedFromFile(
  targets: readonly OutputTarget<ScoreOutput>[],
  path: string,
  method: Method,
  io: Io,
  options: { force: boolean; fromBytes?: number },
): Promise<boolean> {
  const file = openRereadable(resolve(io.cwd, path), { from: options.fromBytes ?? STREAM_FROM_BYTES, limit: MAX_INPUT_BYTES });
  if (!file) return false;
  try {
    const name = sanitize(path);
    const loading = lenientAboutDirections(method);
    let first: FirstReading;
    try {
      first = firstReading(plainCsvProcesses(file.blocks(), name, loading), method);
    } catch (error) {
      // Whatever stops the first reading (a read error too) is the whole-file reader's to say.
      if (error instanceof NotStreamable || isFsError(error)) return false;
      throw error;
    }
    if (first.count === 0) io.stderr(`outsource: warning: ${name} lists no processes (processes: []); the shortlist is empty\n`);
    // The second reading is the first byte for byte (the file checks its digests), so its rows need no second check.
    const stream = secondReading(() => plainCsvProcesses(file.blocks(), name, loading, { checked: true }), first, method);
    const checked: EvaluationStream = { moneyShown: stream.moneyShown, evaluations: () => changesRefused(stream.evaluations(), name) };
    await writeOutputs(
      targets,
      (format) => (format === 'json' ? renderJsonStream(checked.evaluations()) : renderCsvStream(checked.evaluations(), checked.moneyShown)),
      io,
      { force: options.force },
    );
    return true;
  } finally {
    file.close();
  }
}

/** A file that changes between the two readings, or cannot be read again, stops the run with one line. */
function* changesRefused<T>(items: Generator<T>, name: string): Generator<T> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof InputChanged || error instanceof NotStreamable)
      throw new UserError([
        {
          file: name,
          message: `changed while it was read (${error instanceof InputChanged ? error.message : 'a row it no longer reads'}); scoring stopped before the end (stdout may hold part of the results; an -o file is only ever written whole): score it again once the file is written`,
        },
      ]);
    if (isFsError(error)) throw new UserError([{ file: name, message: `could not be read again: ${describeFsError(error)}` }]);
    throw error;
  }
}

const isFsError = (error: unknown): boolean => typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
