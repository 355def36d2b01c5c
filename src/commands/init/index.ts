import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { packageRoot } from '../../io/paths.js';
import { exists, writeFileAtomic } from '../../io/write-file.js';

/** Starter files, copied from `templates/`; none is overwritten without --force. */
export const STARTER_FILES = ['inventory.yaml', 'roadmap.yaml', 'actuals.csv'];

export async function init(options: { force?: boolean }, io: Io): Promise<number> {
  if (!options.force) {
    const taken = [];
    for (const name of STARTER_FILES) if (await exists(join(io.cwd, name))) taken.push(name);
    if (taken.length > 0)
      throw new UserError(`${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'} here; nothing was written (use --force to overwrite)`);
  }
  for (const name of STARTER_FILES) {
    const content = await readFile(join(packageRoot, 'templates', name), 'utf8');
    await writeFileAtomic(join(io.cwd, name), content, { force: true, shownAs: name });
    io.stdout(`wrote ${name}\n`);
  }
  io.stdout(
    'next: edit the answers, then run  outsource score inventory.yaml  and  outsource check roadmap.yaml;\n      once the vendor delivers, add a row per SLA and month to actuals.csv and run  outsource track roadmap.yaml\n',
  );
  return EXIT.ok;
}
