import { evaluateInventory } from '../../core/engine/evaluate.js';
import { explainProcess } from '../../core/engine/explain.js';
import { DEFAULT_SEED, findFlips, rankStabilityOf, withSensitivity } from '../../core/sensitivity/index.js';
import { explainReporters } from '../../reporters/score/explain.js';
import { scoreReporters } from '../../reporters/score/index.js';
import type { ScoreFormat } from '../../reporters/score/types.js';
import { closest } from '../../util/suggest.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { readInventoryFile } from '../../io/read-inventory.js';

export interface ScoreOptions {
  file: string;
  format: ScoreFormat;
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
  if (!/^\d+$/.test(seed.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff) throw new UserError(`--seed must be a whole number from 0 to 4294967295, got "${sanitize(seed)}"`);
  return n;
}

export async function score(options: ScoreOptions, io: Io): Promise<number> {
  const { method } = await loadMethodFor(options.rules, io);
  const { inventory, input } = await readInventoryFile(options.file, method, io);
  if (options.seed !== undefined && !options.sensitivity) throw new UserError('--seed only matters with --sensitivity');
  const seed = parseSeed(options.seed);
  const assessment = evaluateInventory(inventory, method);
  const render = { color: io.color && options.format === 'table', width: io.columns };

  if (options.explain !== undefined) {
    const index = inventory.processes.findIndex((p) => p.id === options.explain);
    const process = inventory.processes[index];
    const evaluation = assessment.evaluations[index];
    if (!process || !evaluation) {
      const guess = closest(options.explain, inventory.processes.map((p) => p.id));
      throw new UserError(`no process "${sanitize(options.explain)}" in ${input.name}${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    // One process: what would change it is cheap, so --explain always says; rank stability needs --sensitivity.
    const flips = findFlips(process.answers, method, evaluation.verdict);
    const share = options.sensitivity && evaluation.verdict === 'outsource' ? rankStabilityOf(assessment, inventory, method, { seed }).get(evaluation.id) : undefined;
    const explanation = explainProcess(process, { ...evaluation, flips, ...(share === undefined ? {} : { rank_stability: share }) }, method);
    const reporter = explainReporters[options.format];
    if (!reporter) throw new UserError('--explain prints text, json or markdown, not csv');
    io.stdout(reporter(explanation, render));
    return EXIT.ok;
  }

  const report = { assessment: options.sensitivity ? withSensitivity(assessment, inventory, method, { seed }) : assessment, method, ...(inventory.organisation === undefined ? {} : { organisation: inventory.organisation }) };
  for (const chunk of scoreReporters[options.format](report, render)) io.stdout(chunk);
  return EXIT.ok;
}
