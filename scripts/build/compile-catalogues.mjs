// The interview's catalogues, compiled at build time: rules/catalogue.yaml and
// rules/metrics.yaml go through the real loader (schemas and cross-checks),
// and the result is written as dist/interview-catalogues.json with the hash of
// both texts. `outsource assess` reads it when the installed texts still have
// that hash, so its first question needs no YAML parser; otherwise it loads
// the YAML for real.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFromSource } from './import-from-src.mjs';

const loaders = (root, dist) =>
  importFromSource(root, dist, 'compile-catalogues', [
    "export { loadCatalogues } from './src/core/interview/catalogue-schema.ts';",
    "export { compileCatalogues } from './src/core/interview/compiled-catalogues.ts';",
    "export { hashOfSources } from './src/io/default-method.ts';",
  ]);

export async function writeCompiledCatalogues(root, dist) {
  const { loadCatalogues, compileCatalogues, hashOfSources } = await loaders(root, dist);
  const catalogue = { file: 'rules/catalogue.yaml', text: readFileSync(join(root, 'rules', 'catalogue.yaml'), 'utf8') };
  const metrics = { file: 'rules/metrics.yaml', text: readFileSync(join(root, 'rules', 'metrics.yaml'), 'utf8') };
  const loaded = loadCatalogues(catalogue, metrics);
  if (!loaded.ok)
    throw new Error(`the interview's catalogues do not load: ${loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('; ')}`);
  writeFileSync(join(dist, 'interview-catalogues.json'), JSON.stringify(compileCatalogues(loaded.value, hashOfSources(catalogue.text, metrics.text))));
}
