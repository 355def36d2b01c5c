// The interview's catalogues, compiled at build time: rules/catalogue.yaml and
// rules/metrics.yaml go through the real loader (schemas and cross-checks),
// and the result is written as dist/interview-catalogues.json with the hash of
// both texts. `outsource assess` reads it when the installed texts still have
// that hash, so its first question needs no YAML parser; otherwise it loads
// the YAML for real.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** Bundles the loader from src/ into a throw-away module and imports it. */
async function loaders(root, dist) {
  // Inside the package, so that its imports of packages resolve; removed at once.
  const outfile = join(dist, `.compile-catalogues-${process.pid}.mjs`);
  try {
    await esbuild.build({
      stdin: {
        contents: [
          "export { loadCatalogues } from './src/core/interview/catalogue-schema.ts';",
          "export { compileCatalogues } from './src/core/interview/compiled-catalogues.ts';",
          "export { hashOfSources } from './src/io/default-method.ts';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
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

export async function writeCompiledCatalogues(root, dist) {
  const { loadCatalogues, compileCatalogues, hashOfSources } = await loaders(root, dist);
  const catalogue = { file: 'rules/catalogue.yaml', text: readFileSync(join(root, 'rules', 'catalogue.yaml'), 'utf8') };
  const metrics = { file: 'rules/metrics.yaml', text: readFileSync(join(root, 'rules', 'metrics.yaml'), 'utf8') };
  const loaded = loadCatalogues(catalogue, metrics);
  if (!loaded.ok)
    throw new Error(`the interview's catalogues do not load: ${loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('; ')}`);
  writeFileSync(join(dist, 'interview-catalogues.json'), JSON.stringify(compileCatalogues(loaded.value, hashOfSources(catalogue.text, metrics.text))));
}
