import { loadVendors, loadWeights } from '../../core/vendors/load.js';
import { scoreVendors } from '../../core/vendors/score.js';
import { VENDORS_FORMATS, vendorsReporters } from '../../reporters/vendors/index.js';
import type { VendorsFormat } from '../../reporters/vendors/types.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { readInput } from '../../io/read-input.js';
import { type OutputFlags, outputsFor, writeOutputs } from '../../io/outputs.js';

export interface VendorsOptions extends OutputFlags<VendorsFormat> {
  file: string;
  /** A file with a `weights:` map (e.g. `outsource weights --format json`), replacing the file's weights. */
  weights?: string;
}

/** Ranks candidate vendors on the source articles' criteria and flags unclear or overlapping scopes. */
export async function vendors(options: VendorsOptions, io: Io): Promise<number> {
  const targets = await outputsFor('vendors', VENDORS_FORMATS, 'table', options, io);
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
  await writeOutputs(
    targets,
    (format, toStdout) => vendorsReporters[format](card, { color: toStdout && io.color && format === 'table', width: toStdout ? io.columns : 100 }),
    io,
    { force: Boolean(options.force) },
  );
  return EXIT.ok;
}
