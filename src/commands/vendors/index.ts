import { loadVendors, loadWeights } from '../../core/vendors/load.js';
import { scoreVendors } from '../../core/vendors/score.js';
import { vendorsReporters } from '../../reporters/vendors/index.js';
import type { VendorsFormat } from '../../reporters/vendors/types.js';
import { EXIT, UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { readInput } from '../../cli/read-input.js';

export interface VendorsOptions {
  file: string;
  format: VendorsFormat;
  /** A file with a `weights:` map (e.g. `outsource weights --format json`), replacing the file's weights. */
  weights?: string;
}

/** Ranks candidate vendors on the source articles' criteria and flags unclear or overlapping scopes. */
export async function vendors(options: VendorsOptions, io: Io): Promise<number> {
  const input = await readInput(options.file, io);
  const loaded = loadVendors(input.text, input.name);
  if (!loaded.ok) throw new UserError(loaded.errors);
  let override: Record<string, number> | undefined;
  if (options.weights !== undefined) {
    const weightsInput = await readInput(options.weights, io);
    const weights = loadWeights(weightsInput.text, weightsInput.name);
    if (!weights.ok) throw new UserError(weights.errors);
    override = weights.value;
  }
  const card = scoreVendors(loaded.value.vendors, loaded.value.where, override);
  io.stdout(vendorsReporters[options.format](card, { color: io.color && options.format === 'table', width: io.columns }));
  return EXIT.ok;
}
