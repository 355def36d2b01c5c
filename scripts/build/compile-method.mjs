// The default method, compiled at build time: rules/default.yaml and
// rules/metrics.yaml go through the real loaders (every schema and cross-check),
// and the result is written as dist/default-method.json with the hash of both
// texts. The CLI reads it when no rules file of the user's is given and the
// installed texts still have that hash; otherwise it loads the YAML for real.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFromSource } from './import-from-src.mjs';

const loaders = (root, dist) =>
  importFromSource(root, dist, 'compile-method', [
    "export { loadMethod } from './src/core/method-file.ts';",
    "export { loadMetricDirections } from './src/core/metrics/load-directions.ts';",
    "export { compileMethod } from './src/core/compiled-method.ts';",
    "export { hashOfSources, DEFAULT_RULES_FILE, METRICS_FILE } from './src/io/default-method.ts';",
  ]);

export async function writeCompiledMethod(root, dist) {
  const { loadMethod, loadMetricDirections, compileMethod, hashOfSources, DEFAULT_RULES_FILE, METRICS_FILE } = await loaders(root, dist);
  const rules = readFileSync(join(root, 'rules', 'default.yaml'), 'utf8');
  const metrics = readFileSync(join(root, 'rules', 'metrics.yaml'), 'utf8');
  const loaded = loadMethod({ file: DEFAULT_RULES_FILE, text: rules });
  if (!loaded.ok) throw new Error(`${DEFAULT_RULES_FILE} does not load: ${loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  const directions = loadMetricDirections(metrics, METRICS_FILE);
  if (!directions.ok) throw new Error(`${METRICS_FILE} does not load: ${directions.errors.map((e) => e.message).join('; ')}`);
  const compiled = compileMethod(loaded.value, directions.value, hashOfSources(rules, metrics));
  // A default with checks of its own cannot be held in JSON: the CLI then loads the YAML.
  if (compiled) writeFileSync(join(dist, 'default-method.json'), JSON.stringify(compiled));
}
