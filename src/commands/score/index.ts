import { evaluateInventory } from '../../core/engine/evaluate.js';
import { explainProcess } from '../../core/engine/explain.js';
import { loadInventory } from '../../core/inventory/load.js';
import { DEFAULT_SEED, addRankStability, addSensitivity, findFlips } from '../../core/sensitivity/index.js';
import { renderExplainJson, renderExplainMarkdown, renderExplainText } from '../../reporters/score/explain.js';
import { scoreReporters } from '../../reporters/score/index.js';
import type { ScoreFormat } from '../../reporters/score/types.js';
import { closest } from '../../util/suggest.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { loadMethodFor } from '../../cli/load-method.js';
import { readInput } from '../../cli/read-input.js';
import { writeXlsx } from './write-xlsx.js';
import { writeFileAtomic } from '../../cli/write-file.js';
import { resolve } from 'node:path';

export interface ScoreOptions {
  file: string;
  format: ScoreFormat | 'xlsx';
  /** Where to write the output; required for xlsx, a workbook is not for a terminal. */
  out?: string;
  force?: boolean;
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
  const { method } = await loadMethodFor(options.rules, io);
  const input = await readInput(options.file, io, { workbook: true });
  const loaded = loadInventory(input.text, input.name, method);
  if (!loaded.ok) throw new UserError(loaded.errors);
  const inventory = loaded.value;
  // An empty list scores to an empty shortlist: likely a mistake, so it is said, but it is not an error.
  if (inventory.processes.length === 0) io.stderr(`outsource: warning: ${input.name} lists no processes (processes: []); the shortlist is empty\n`);
  if (options.seed !== undefined && !options.sensitivity) throw new UserError('--seed only matters with --sensitivity');
  const seed = parseSeed(options.seed);
  const assessment = evaluateInventory(inventory, method);
  const render = { color: io.color && options.format === 'table', width: io.columns };
  if (options.format === 'xlsx' && options.out === undefined) throw new UserError('--format xlsx writes a workbook: give the file with -o FILE (e.g. -o shortlist.xlsx)');

  if (options.explain !== undefined) {
    const index = inventory.processes.findIndex((p) => p.id === options.explain);
    const process = inventory.processes[index];
    const evaluation = assessment.evaluations[index];
    if (!process || !evaluation) {
      const guess = closest(options.explain, inventory.processes.map((p) => p.id));
      const ids = inventory.processes.map((p) => p.id);
      const list = ids.length === 0 ? 'it lists no processes' : `its ids: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? `, ... (${ids.length - 20} more)` : ''}`;
      throw new UserError(`no process "${sanitize(options.explain)}" in ${input.name}${guess ? ` (did you mean "${guess}"?)` : ''}; ${list}`);
    }
    // One process: what would change it is cheap, so --explain always says; rank stability needs --sensitivity.
    evaluation.flips = findFlips(process.answers, method, evaluation.verdict);
    if (options.sensitivity && evaluation.verdict === 'outsource') addRankStability(assessment, inventory, method, { seed });
    const explanation = explainProcess(process, evaluation, method);
    if (options.format === 'json') io.stdout(renderExplainJson(explanation));
    else if (options.format === 'markdown') io.stdout(renderExplainMarkdown(explanation));
    else if (options.format === 'csv' || options.format === 'xlsx') throw new UserError(`--explain prints text, json or markdown, not ${options.format}`);
    else io.stdout(renderExplainText(explanation, render));
    return EXIT.ok;
  }

  if (options.sensitivity) addSensitivity(assessment, inventory, method, { seed });
  const report = { assessment, method, ...(inventory.organisation === undefined ? {} : { organisation: inventory.organisation }) };
  if (options.format === 'xlsx') {
    await writeXlsx(report, options, io);
    return EXIT.ok;
  }
  const chunks = scoreReporters[options.format](report, render);
  if (options.out !== undefined) await writeFileAtomic(resolve(io.cwd, options.out), [...chunks].join(''), { force: options.force === true, shownAs: sanitize(options.out) });
  else for (const chunk of chunks) io.stdout(chunk);
  return EXIT.ok;
}
