/**
 * The interview's catalogues compiled at build time (dist/interview-catalogues.json)
 * must be exactly what loading rules/catalogue.yaml and rules/metrics.yaml
 * gives: `assess` reads them instead of the YAML, so that its first question
 * loads no YAML parser. A compiled file made from other texts is never used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../src/core/interview/catalogue-schema.js';
import { compileCatalogues, reviveCatalogues } from '../../src/core/interview/compiled-catalogues.js';
import { readCompiledCatalogues } from '../../src/io/compiled-catalogues.js';
import { hashOfSources } from '../../src/io/default-method.js';
import { repoRoot } from '../helpers/paths.js';
import { requireTool } from '../helpers/require-tool.js';

const read = (name: string) => ({ file: `rules/${name}`, text: readFileSync(join(repoRoot, 'rules', name), 'utf8') });
const catalogue = read('catalogue.yaml');
const metrics = read('metrics.yaml');
const hash = hashOfSources(catalogue.text, metrics.text);

function fromYaml() {
  const loaded = loadCatalogues(catalogue, metrics);
  if (!loaded.ok) throw new Error("the interview's catalogues do not load");
  return loaded.value;
}

describe("the interview's compiled catalogues", () => {
  it('deep-equal loading the YAML, after a round trip through JSON', () => {
    const yaml = fromYaml();
    const revived = reviveCatalogues(JSON.parse(JSON.stringify(compileCatalogues(yaml, hash))), hash);
    expect(revived).toStrictEqual(yaml);
    // The maps work, not only compare equal.
    const [id, def] = [...yaml.metrics][0]!;
    expect(revived?.metrics.get(id)).toStrictEqual(def);
    expect(revived?.functions.size).toBe(yaml.functions.size);
  });

  it('are not used when either text changed since the build, nor when of another format or shape', () => {
    const compiled = JSON.parse(JSON.stringify(compileCatalogues(fromYaml(), hash))) as Record<string, unknown>;
    expect(reviveCatalogues(compiled, hashOfSources(`${catalogue.text}\n# changed`, metrics.text))).toBeUndefined();
    expect(reviveCatalogues(compiled, hashOfSources(catalogue.text, `${metrics.text}\n# changed`))).toBeUndefined();
    expect(reviveCatalogues({ ...compiled, format: 0 }, hash)).toBeUndefined();
    expect(reviveCatalogues({ ...compiled, metrics: {} }, hash)).toBeUndefined();
    expect(reviveCatalogues({ ...compiled, steps: undefined }, hash)).toBeUndefined();
    expect(reviveCatalogues(null, hash)).toBeUndefined();
    expect(reviveCatalogues('not an object', hash)).toBeUndefined();
  });

  it('are never read from the sources: a test of a changed loader must not see an old build', async () => {
    expect(await readCompiledCatalogues(catalogue.text, metrics.text)).toBeUndefined();
  });

  const dist = join(repoRoot, 'dist');
  const built = join(dist, 'interview-catalogues.json');
  it.runIf(requireTool('the built dist/ (npm run build)', existsSync(built)))('were written by the build for the texts of today', () => {
    expect(reviveCatalogues(JSON.parse(readFileSync(built, 'utf8')), hash)).toStrictEqual(fromYaml());
  });

  it.runIf(requireTool('the built dist/ (npm run build)', existsSync(join(dist, 'commands', 'assess', 'index.js'))))(
    'leave the YAML parser out of what `assess` loads before its first question',
    () => {
      // Every module the CLI and the assess command import statically, and the packages their source maps name.
      const seen = new Set<string>();
      const packages = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(file, 'utf8');
        for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), m[1]!));
        const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
        for (const source of map.sources) {
          const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
          if (pkg) packages.add(pkg[1]!);
        }
      };
      visit(join(dist, 'cli.js'));
      visit(join(dist, 'commands', 'assess', 'index.js'));
      expect(seen.size).toBeGreaterThan(2);
      expect(packages).toContain('commander');
      expect([...packages].filter((p) => p === 'js-yaml' || p === 'yaml' || p === 'zod')).toEqual([]);
    },
  );
});
