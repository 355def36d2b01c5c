import { streamEvaluations } from '../../core/engine/stream.js';
import type { Inventory } from '../../core/inventory/types.js';
import type { Method } from '../../core/method.js';
import { renderCsvStream } from '../../reporters/score/csv.js';
import { renderJsonStream } from '../../reporters/score/json.js';
import type { ScoreOutput } from '../../reporters/score/formats.js';
import type { Io } from '../../io/io.js';
import { type OutputTarget, writeOutputs } from '../../io/outputs.js';

/**
 * JSON and CSV are written as each process is evaluated: the bytes are those
 * of the whole assessment rendered at once, but a large inventory's results
 * never sit in memory together (the table and Markdown group and sort, so
 * they take the whole assessment).
 */
export async function writeStreamed(
  targets: readonly OutputTarget<ScoreOutput>[],
  inventory: Inventory,
  method: Method,
  io: Io,
  force: boolean,
): Promise<void> {
  const stream = streamEvaluations(inventory, method);
  await writeOutputs(
    targets,
    (format) => (format === 'json' ? renderJsonStream(stream.evaluations()) : renderCsvStream(stream.evaluations(), stream.moneyShown)),
    io,
    {
      force,
    },
  );
}
