import { diffAssessments, type DiffSide } from '../../core/diff/index.js';
import { evaluateInventory } from '../../core/engine/evaluate.js';
import { diffReporters } from '../../reporters/diff/index.js';
import type { DiffFormat } from '../../reporters/diff/types.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { inventoryFrom } from '../../io/read-inventory.js';
import { readInput, type InputFile } from '../../io/read-input.js';

export interface DiffOptions {
  old: string;
  new: string;
  rulesOld?: string;
  rulesNew?: string;
  format: DiffFormat;
}

async function side(input: InputFile, rules: string | undefined, io: Io): Promise<DiffSide> {
  const { method } = await loadMethodFor(rules, io);
  const inventory = await inventoryFrom(input, method);
  return { inventory, assessment: evaluateInventory(inventory, method), method };
}

/** `outsource diff OLD NEW`: which processes changed verdict or rank, and why. Exit 0 whether or not anything changed. */
export async function diff(options: DiffOptions, io: Io): Promise<number> {
  // The same file on both sides (two rules files) is read once, so it may be stdin.
  const oldInput = await readInput(options.old, io, { workbook: true });
  const newInput = options.new === options.old ? oldInput : await readInput(options.new, io, { workbook: true });
  const before = await side(oldInput, options.rulesOld, io);
  const after = await side(newInput, options.rulesNew, io);
  const report = {
    result: diffAssessments(before, after),
    old: { file: sanitize(options.old), rules: sanitize(options.rulesOld ?? 'default rules') },
    new: { file: sanitize(options.new), rules: sanitize(options.rulesNew ?? 'default rules') },
  };
  io.stdout(diffReporters[options.format](report, { color: io.color && options.format === 'table', width: io.columns }));
  return EXIT.ok;
}
