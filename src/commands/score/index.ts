import { evaluateInventory } from '../../core/engine/evaluate.js';
import { explainProcess } from '../../core/engine/explain.js';
import { loadInventory } from '../../core/inventory/load.js';
import { DEFAULT_SEED, addRankStability, addSensitivity, findFlips } from '../../core/sensitivity/index.js';
import { renderExplainJson, renderExplainMarkdown, renderExplainText } from '../../reporters/score/explain.js';
import { SCORE_FORMATS, scoreReporters } from '../../reporters/score/index.js';
import type { ScoreFormat } from '../../reporters/score/types.js';
import { closest } from '../../util/suggest.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { loadMethodFor } from '../../cli/load-method.js';
import { readInput } from '../../cli/read-input.js';
import { outputsFor, writeOutputs, type OutputFlags } from '../../cli/outputs.js';
import { progressLine } from '../../cli/progress.js';

export interface ScoreOptions extends OutputFlags<ScoreFormat> {
  file: string;
  rules?: string;
  explain?: string;
  /** Issue 6: what would change each verdict, and how stable each rank is (docs/sensitivity.md). */
  sensitivity?: boolean;
  seed?: string;
}

/** A seed for the weight trials: a whole number from 0 to 2^32 - 1. */
export function parseSeed(seed: string | undefined): number {
  if (seed === undefined) return DEFAULT_SEED;
  const n = Number(seed);
  if (!/^\d+$/.test(seed.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff) throw new UserError(`--seed must be a whole number from 0 to 4294967295, got "${sanitize(seed)}"`);
  return n;
}

export async function score(options: ScoreOptions, io: Io): Promise<number> {
  const targets = await outputsFor('score', SCORE_FORMATS, 'table', options, io);
  const { method } = await loadMethodFor(options.rules, io);
  const input = await readInput(options.file, io);
  const loaded = loadInventory(input.text, input.name, method);
  if (!loaded.ok) throw new UserError(loaded.errors);
  const inventory = loaded.value;
  if (options.seed !== undefined && !options.sensitivity) throw new UserError('--seed only matters with --sensitivity');
  const seed = parseSeed(options.seed);
  const assessment = evaluateInventory(inventory, method);
  const render = (format: ScoreFormat, toStdout: boolean) => ({ color: toStdout && io.color && format === 'table', width: toStdout ? io.columns : 100 });

  if (options.explain !== undefined) {
    const index = inventory.processes.findIndex((p) => p.id === options.explain);
    const process = inventory.processes[index];
    const evaluation = assessment.evaluations[index];
    if (!process || !evaluation) {
      const guess = closest(options.explain, inventory.processes.map((p) => p.id));
      throw new UserError(`no process "${sanitize(options.explain)}" in ${input.name}${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    // One process: what would change it is cheap, so --explain always says; rank stability needs --sensitivity.
    evaluation.flips = findFlips(process.answers, method, evaluation.verdict);
    if (options.sensitivity && evaluation.verdict === 'outsource') addRankStability(assessment, inventory, method, { seed });
    const explanation = explainProcess(process, evaluation, method);
    if (targets.some((t) => t.format === 'csv')) throw new UserError('--explain prints text, json or markdown, not csv');
    await writeOutputs(
      targets,
      (format, toStdout) => (format === 'json' ? renderExplainJson(explanation) : format === 'markdown' ? renderExplainMarkdown(explanation) : renderExplainText(explanation, render(format, toStdout))),
      io,
      { force: Boolean(options.force) },
    );
    return EXIT.ok;
  }

  if (options.sensitivity) {
    const progress = progressLine(io, 'weighing what would change each verdict');
    addSensitivity(assessment, inventory, method, { seed, onProgress: (done, total) => progress.update(done, total) });
    progress.end();
  }
  const report = { assessment, method, ...(inventory.organisation === undefined ? {} : { organisation: inventory.organisation }) };
  await writeOutputs(targets, (format, toStdout) => scoreReporters[format](report, render(format, toStdout)), io, { force: Boolean(options.force) });
  return EXIT.ok;
}
