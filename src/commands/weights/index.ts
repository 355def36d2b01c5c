import { relative, resolve } from 'node:path';
import { CR_LIMIT, analysePairwise, formatRatio, parseMatrixDocument, weightsRulesFile, type AhpResult, type PairwiseInput } from '../../core/ahp/index.js';
import { MAX_CRITERIA } from '../../core/ahp/analyse.js';
import { weightsReporters } from '../../reporters/weights/index.js';
import type { WeightsFormat } from '../../reporters/weights/types.js';
import { sanitize } from '../../util/sanitize.js';
import { wrapText } from '../../util/wrap.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { readInput } from '../../io/read-input.js';
import { readDocument } from '../../core/parse/read-document.js';
import { exists, writeFileAtomic } from '../../io/write-file.js';
import { InterviewInterrupted, type Prompter } from '../../core/prompter.js';
import { BACK, interviewWeights, type Ask } from '../../core/ahp/weights-interview.js';
import { readWeightsSession, removeWeightsSession, saveWeightsSession, weightsSessionPathFor } from './session-file.js';
import { vendorWeightsFile } from '../../core/ahp/vendor-weights-file.js';
import { VENDOR_CRITERION_IDS } from '../../core/vendors/criteria.js';
import { namesVendorCriteria } from './vendor-matrix.js';
import { note } from '../../io/note.js';

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
  let vendorCriteria = false;
  const out = options.out ?? (options.matrix === undefined ? DEFAULT_OUT : undefined);
  const outPath = out === undefined ? undefined : resolve(io.cwd, out);
  // Refuse before asking 21 questions, not after.
  if (outPath && !options.force && (await exists(outPath)))
    throw new UserError(`${sanitize(out ?? '')}: already exists; use --force to overwrite it, or --out to choose another file`);

  if (options.matrix !== undefined) {
    const file = await readInput(options.matrix, io);
    const doc = readDocument(file.text, file.name);
    if (!doc.ok) throw new UserError(doc.errors);
    vendorCriteria = namesVendorCriteria(doc.value.value);
    const parsed = vendorCriteria
      ? parseMatrixDocument(doc.value, file.name, VENDOR_CRITERION_IDS, 'vendor')
      : parseMatrixDocument(doc.value, file.name, step6);
    if (!parsed.ok) throw new UserError(parsed.errors);
    input = parsed.value;
    source = file.name;
  } else {
    if (!io.stdinIsTTY) {
      throw new UserError(
        'outsource weights asks its questions on a terminal, and this is not one: give the comparisons in a file with --matrix FILE (see docs/weights.md)',
      );
    }
    const answered = await interviewWithSavedAnswers(
      method.priority.map((p) => p.criterion),
      outPath ?? resolve(io.cwd, DEFAULT_OUT),
      options.format,
      io,
      deps,
      method,
    );
    if (answered === undefined) return EXIT.interrupted;
    input = answered;
    source = 'interview';
  }

  const result = analysePairwise(input);
  const warnings = consistencyWarnings(result);
  let written: string | undefined;
  if (outPath && out !== undefined && vendorCriteria) {
    await writeFileAtomic(outPath, vendorWeightsFile(result, input.comparisons, source), { force: options.force === true, shownAs: sanitize(out) });
    written = sanitize(out);
  } else if (outPath && out !== undefined) {
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
  const revisit =
    pair && result.revisit
      ? `; revisit ${pair[0]} vs ${pair[1]} (you said ${formatRatio(result.revisit.given)}, the other comparisons imply about ${formatRatio(result.revisit.implied)})`
      : '';
  return [`consistency ratio ${result.consistency_ratio.toFixed(3)} is above ${CR_LIMIT}${revisit}`];
}

/**
 * The interview, with every answer saved beside the rules file it will
 * become: Ctrl-C keeps them, and the next run offers to resume.
 */
async function interviewWithSavedAnswers(
  criteria: string[],
  outPath: string,
  format: WeightsFormat,
  io: Io,
  deps: WeightsDeps,
  method: Parameters<typeof interviewWeights>[0],
): Promise<PairwiseInput | undefined> {
  const sessionPath = weightsSessionPathFor(outPath);
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => controller.abort());
  let answered = 0;
  try {
    const prompter = deps.ask ? undefined : await terminal(controller.signal, format, io);
    const ask = deps.ask ?? askThrough(prompter as Prompter);
    let saved = await readWeightsSession(sessionPath, criteria);
    if (prompter && saved && saved.length > 0) {
      const choice = await prompter.select({
        message: `${sanitize(relative(io.cwd, sessionPath))} holds ${saved.length} answers from an interview that was stopped. Resume it?`,
        choices: [
          { value: 'resume', name: 'Resume where I stopped' },
          { value: 'restart', name: 'Start over (the saved answers are replaced)' },
        ],
      });
      if (choice === 'restart') saved = undefined;
    }
    answered = saved?.length ?? 0;
    const input = await interviewWeights(method, ask, {
      ...(saved ? { saved } : {}),
      save: async (values) => {
        answered = values.length;
        await saveWeightsSession(sessionPath, criteria, values);
      },
      say: (text) => io.stderr(`${wrapText(text, io.columns)}\n`),
    });
    await removeWeightsSession(sessionPath);
    return input;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (error instanceof InterviewInterrupted || name === 'ExitPromptError' || name === 'AbortPromptError') {
      if (answered === 0) io.stderr('outsource: interrupted; nothing was written\n');
      else
        io.stderr(
          `${wrapText(`outsource: interrupted; your ${answered} answers are saved in ${sanitize(relative(io.cwd, sessionPath))}. Run \`outsource weights\` again to resume.`, io.columns)}\n`,
        );
      return undefined;
    }
    throw error;
  } finally {
    stopListening();
  }
}

/** The terminal prompter assess uses too, loaded only when an interview runs; with --format json the JSON owns stdout, so questions go to stderr. */
async function terminal(signal: AbortSignal, format: WeightsFormat, io: Io): Promise<Prompter> {
  const { terminalPrompter } = await import('../../io/terminal-prompter.js');
  const write = (text: string) => (format === 'json' ? io.stderr(text) : io.stdout(text));
  return terminalPrompter({ signal, color: io.color, columns: io.columns, rows: io.rows, write, toStderr: format === 'json' });
}

/** One comparison as a select question, with Back when there is an answer to go back to. */
function askThrough(prompter: Prompter): Ask {
  return async (question) => {
    const choices = question.choices.map((c, i) => ({ value: String(i), name: c.name }));
    if (question.canGoBack) choices.push({ value: BACK, name: '< Back: change the previous answer' });
    const equal = question.choices.findIndex((c) => c.value === 1);
    const chosen = await prompter.select({ message: question.message, choices, ...(equal >= 0 ? { default: String(equal) } : {}) });
    return chosen === BACK ? BACK : (question.choices[Number(chosen)]?.value ?? null);
  };
}
