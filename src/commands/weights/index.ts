import { resolve } from 'node:path';
import { CR_LIMIT, analysePairwise, formatRatio, parseMatrixFile, weightsRulesFile, type AhpResult, type PairwiseInput } from '../../core/ahp/index.js';
import { MAX_CRITERIA } from '../../core/ahp/analyse.js';
import { weightsReporters } from '../../reporters/weights/index.js';
import type { WeightsFormat } from '../../reporters/weights/types.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { loadMethodFor } from '../../cli/load-method.js';
import { readInput } from '../../cli/read-input.js';
import { exists, writeFileAtomic } from '../../cli/write-file.js';
import { interview, type Ask } from './interview.js';
import { note } from '../../cli/note.js';

export interface WeightsOptions {
  /** A comparisons file; without it, the user is interviewed. */
  matrix?: string;
  format: WeightsFormat;
  /** Where to write the rules file; the interview writes weights.yaml unless told otherwise. */
  out?: string;
  force?: boolean;
}

export interface WeightsDeps {
  /** Asks one question; injectable so tests can answer without a terminal. */
  ask?: Ask;
}

export const DEFAULT_OUT = 'weights.yaml';

/** `outsource weights`: step-6 weights by pairwise comparison (AHP), written as a rules file that extends the default. */
export async function weights(options: WeightsOptions, io: Io, deps: WeightsDeps = {}): Promise<number> {
  const { method } = await loadMethodFor(undefined, io);
  const step6 = method.priority.map((p) => p.criterion);
  if (step6.length > MAX_CRITERIA) throw new UserError(`the method has ${step6.length} step-6 criteria; pairwise comparison supports at most ${MAX_CRITERIA}`);

  let input: PairwiseInput;
  let source: string;
  const out = options.out ?? (options.matrix === undefined ? DEFAULT_OUT : undefined);
  const outPath = out === undefined ? undefined : resolve(io.cwd, out);
  // Refuse before asking 21 questions, not after.
  if (outPath && !options.force && (await exists(outPath))) throw new UserError(`${sanitize(out ?? '')}: already exists; use --force to overwrite it, or --out to choose another file`);

  if (options.matrix !== undefined) {
    const file = await readInput(options.matrix, io);
    const parsed = parseMatrixFile(file.text, file.name, step6);
    if (!parsed.ok) throw new UserError(parsed.errors);
    input = parsed.value;
    source = file.name;
  } else {
    if (!io.stdinIsTTY) {
      throw new UserError('outsource weights asks its questions on a terminal, and this is not one: give the comparisons in a file with --matrix FILE (see docs/weights.md)');
    }
    const answered = await interview(method, deps.ask ?? (await defaultAsk(options.format)), io);
    if (answered === undefined) {
      io.stderr('outsource: interrupted; nothing was written\n');
      return EXIT.interrupted;
    }
    input = answered;
    source = 'interview';
  }

  const result = analysePairwise(input);
  const warnings = consistencyWarnings(result);
  let written: string | undefined;
  if (outPath && out !== undefined) {
    const missing = step6.filter((c) => !input.criteria.includes(c));
    if (missing.length > 0) throw new UserError(`${source}: to write a rules file, compare every step-6 criterion; missing: ${missing.join(', ')}`);
    await writeFileAtomic(outPath, weightsRulesFile(result, input.comparisons, source), { force: options.force === true, shownAs: sanitize(out) });
    written = sanitize(out);
  }
  const report = { result, method, source, warnings, ...(written === undefined ? {} : { written }) };
  if (options.format === 'json') for (const w of warnings) note(io, `outsource: warning: ${w}\n`);
  io.stdout(weightsReporters[options.format](report, { color: io.color && options.format === 'table', width: io.columns }));
  return EXIT.ok;
}

/** CR above 0.1 (Saaty's limit) is a warning that names the comparison to revisit. */
export function consistencyWarnings(result: AhpResult): string[] {
  if (result.consistency_ratio <= CR_LIMIT) return [];
  const pair = result.most_inconsistent;
  const revisit = pair && result.revisit ? `; revisit ${pair[0]} vs ${pair[1]} (you said ${formatRatio(result.revisit.given)}, the other comparisons imply about ${formatRatio(result.revisit.implied)})` : '';
  return [`consistency ratio ${result.consistency_ratio.toFixed(3)} is above ${CR_LIMIT}${revisit}`];
}

/** The real question: @inquirer/prompts select, loaded only when an interview runs. */
async function defaultAsk(format: WeightsFormat): Promise<Ask> {
  const { select } = await import('@inquirer/prompts');
  // With --format json the JSON owns stdout, so the questions go to stderr.
  const output = format === 'json' ? process.stderr : process.stdout;
  return (question) => select({ message: question.message, choices: question.choices, default: 1, pageSize: 18, loop: false }, { output });
}

