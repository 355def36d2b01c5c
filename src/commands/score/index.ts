import { evaluateInventory } from '../../core/engine/evaluate.js';
import { writeStreamed } from './streamed.js';
import { streamsFromFile } from './streams-from-file.js';
import { explainProcess } from '../../core/engine/explain.js';
import { DEFAULT_SEED, findFlips, rankStabilityOf, withSensitivity } from '../../core/sensitivity/index.js';
import { renderExplainJson, renderExplainMarkdown, renderExplainText } from '../../reporters/score/explain.js';
import { scoreReporters } from '../../reporters/score/index.js';
import { SCORE_OUTPUTS, type ScoreOutput } from '../../reporters/score/formats.js';
import { addMoneySensitivity } from '../../core/money/attach.js';
import type { ScoreFormat } from '../../reporters/score/types.js';
import { closest } from '../../util/suggest.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { readInventoryFile } from '../../io/read-inventory.js';
import { note } from '../../io/note.js';
import { type OutputFlags, outputsFor, writeOutputs } from '../../io/outputs.js';
import { progressLine } from '../../io/progress.js';
import { isCandidate } from '../../core/method.js';

export interface ScoreOptions extends OutputFlags<ScoreOutput> {
  file: string;
  rules?: string;
  explain?: string;
  /** What would change each verdict, and how stable each rank is (docs/sensitivity.md). */
  sensitivity?: boolean;
  seed?: string;
}

/** A seed for the weight trials: a whole number from 0 to 2^32 - 1. */
export function parseSeed(seed: string | undefined): number {
  if (seed === undefined) return DEFAULT_SEED;
  const n = Number(seed);
  if (!/^\d+$/.test(seed.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff)
    throw new UserError(`--seed must be a whole number from 0 to 4294967295, got "${sanitize(seed)}"`);
  return n;
}

export async function score(options: ScoreOptions, io: Io): Promise<number> {
  const targets = await outputsFor('score', SCORE_OUTPUTS, 'table', options, io);
  const { method } = await loadMethodFor(options.rules, io);
  const streamable = options.explain === undefined && !options.sensitivity && targets.every((t) => t.format === 'json' || t.format === 'csv');
  // A large plain CSV is read twice instead of held: the first reading keeps only ids and scores.
  if (streamable && options.seed === undefined && streamsFromFile(options.file)) {
    const { writeStreamedFromFile } = await import('./streamed-file.js');
    if (await writeStreamedFromFile(targets, options.file, method, io, { force: Boolean(options.force) })) return EXIT.ok;
  }
  // Only the name of the input is kept: its text (100 MB for a million rows) can go once the inventory is loaded.
  const {
    inventory,
    input: { name: inputName },
  } = await readInventoryFile(options.file, method, io);
  // An empty list scores to an empty shortlist: likely a mistake, so it is said, but it is not an error.
  if (inventory.processes.length === 0) io.stderr(`outsource: warning: ${inputName} lists no processes (processes: []); the shortlist is empty\n`);
  if (options.seed !== undefined && !options.sensitivity) throw new UserError('--seed only matters with --sensitivity');
  const seed = parseSeed(options.seed);
  const render = (format: ScoreOutput, toStdout: boolean) => ({ color: toStdout && io.color && format === 'table', width: toStdout ? io.columns : 100 });
  // A workbook is bytes for a file, never for a terminal.
  if (targets.some((t) => t.format === 'xlsx' && t.file === undefined))
    throw new UserError('--format xlsx writes a workbook: give the file with -o FILE (e.g. -o shortlist.xlsx)');
  if (streamable) {
    await writeStreamed(targets, inventory, method, io, Boolean(options.force));
    return EXIT.ok;
  }
  const assessment = evaluateInventory(inventory, method);
  if (options.sensitivity) addMoneySensitivity(assessment.evaluations);

  if (options.explain !== undefined) {
    const index = inventory.processes.findIndex((p) => p.id === options.explain);
    const process = inventory.processes[index];
    const evaluation = assessment.evaluations[index];
    if (!process || !evaluation) {
      const guess = closest(
        options.explain,
        inventory.processes.map((p) => p.id),
      );
      const ids = inventory.processes.map((p) => p.id);
      const list =
        ids.length === 0 ? 'it lists no processes' : `its ids: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? `, ... (${ids.length - 20} more)` : ''}`;
      throw new UserError(`no process "${sanitize(options.explain)}" in ${inputName}${guess ? ` (did you mean "${guess}"?)` : ''}; ${list}`);
    }
    // One process: what would change it is cheap, so --explain always says; rank stability needs --sensitivity.
    const flips = findFlips(process.answers, method, evaluation.verdict);
    const share =
      options.sensitivity && isCandidate(evaluation.verdict) ? rankStabilityOf(assessment, inventory, method, { seed }).get(evaluation.id) : undefined;
    const explanation = explainProcess(process, { ...evaluation, flips, ...(share === undefined ? {} : { rank_stability: share }) }, method);
    const refused = targets.find((t) => t.format === 'csv' || t.format === 'xlsx');
    if (refused) throw new UserError(`--explain prints text, json or markdown, not ${refused.format}`);
    await writeOutputs(
      targets,
      (format, toStdout) =>
        format === 'json'
          ? renderExplainJson(explanation)
          : format === 'markdown'
            ? renderExplainMarkdown(explanation)
            : renderExplainText(explanation, render(format, toStdout)),
      io,
      { force: Boolean(options.force) },
    );
    return EXIT.ok;
  }

  let sensitive;
  if (options.sensitivity) {
    const progress = progressLine(io, 'weighing what would change each verdict');
    sensitive = withSensitivity(assessment, inventory, method, { seed, onProgress: (done, total) => progress.update(done, total) });
    progress.end();
  }
  const report = { assessment: sensitive ?? assessment, method, ...(inventory.organisation === undefined ? {} : { organisation: inventory.organisation }) };
  const xlsx = targets.some((t) => t.format === 'xlsx') ? (await import('../../reporters/score/xlsx.js')).renderXlsx : undefined;
  await writeOutputs(
    targets,
    (format, toStdout) => (format === 'xlsx' && xlsx ? xlsx(report) : scoreReporters[format as Exclude<ScoreFormat, 'xlsx'>](report, render(format, toStdout))),
    io,
    { force: Boolean(options.force) },
  );
  for (const t of targets)
    if (t.format === 'xlsx' && t.file !== undefined) note(io, `outsource: wrote ${sanitize(t.file)} (${report.assessment.evaluations.length} processes)\n`);
  return EXIT.ok;
}
