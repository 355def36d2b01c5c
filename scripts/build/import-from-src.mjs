// Build steps that need the project's own TypeScript (a loader, a compiler of
// rules) bundle the modules they name from src/ into a throw-away ES module
// and import it: the build then checks with the same code the CLI runs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** The exports of `lines` (export statements relative to the package root), bundled and imported. */
export async function importFromSource(root, dist, name, lines) {
  // Inside the package, so that its imports of packages resolve; removed at once.
  const outfile = join(dist, `.${name}-${process.pid}.mjs`);
  try {
    await esbuild.build({
      stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
