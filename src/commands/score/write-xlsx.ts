import { resolve } from 'node:path';
import type { ScoreReport } from '../../reporters/score/types.js';
import { sanitize } from '../../util/sanitize.js';
import type { Io } from '../../io/io.js';
import { writeFileAtomic } from '../../io/write-file.js';

/** The workbook reporter is loaded only here: the zip library costs nothing to the other formats. */
export async function writeXlsx(report: ScoreReport, options: { out?: string; force?: boolean }, io: Io): Promise<void> {
  const out = options.out ?? '';
  const { renderXlsx } = await import('../../reporters/score/xlsx.js');
  await writeFileAtomic(resolve(io.cwd, out), renderXlsx(report), { force: options.force === true, shownAs: sanitize(out) });
  io.stderr(`outsource: wrote ${sanitize(out)} (${report.assessment.evaluations.length} processes)\n`);
}
