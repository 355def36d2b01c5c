/**
 * The default method compiled at build time (dist/default-method.json) must be
 * exactly what loading rules/default.yaml and rules/metrics.yaml gives: the CLI
 * reads it instead of the YAML when no rules file of the user's is given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMethod, reviveMethod } from '../../src/core/compiled-method.js';
import { loadMethod } from '../../src/core/method-file.js';
import { loadMetricDirections } from '../../src/core/metrics/load-directions.js';
import { DEFAULT_RULES_FILE, METRICS_FILE, hashOfSources } from '../../src/io/default-method.js';
import { requireTool } from '../helpers/require-tool.js';
import { repoRoot } from '../helpers/paths.js';

const rulesText = readFileSync(join(repoRoot, 'rules', 'default.yaml'), 'utf8');
const metricsText = readFileSync(join(repoRoot, 'rules', 'metrics.yaml'), 'utf8');

/** The default method as loadMethodFor builds it from the YAML. */
function fromYaml() {
  const loaded = loadMethod({ file: DEFAULT_RULES_FILE, text: rulesText });
  const directions = loadMetricDirections(metricsText, METRICS_FILE);
  if (!loaded.ok || !directions.ok) throw new Error('the default method does not load');
  return { ...loaded.value, method: { ...loaded.value.method, metricDirections: directions.value }, directions: directions.value };
}

describe('the compiled default method', () => {
  const hash = hashOfSources(rulesText, metricsText);

  it('deep-equals loading the YAML, after a round trip through JSON', () => {
    const yaml = fromYaml();
    const compiled = compileMethod(yaml, yaml.directions, hash);
    expect(compiled).toBeDefined();
    const revived = reviveMethod(JSON.parse(JSON.stringify(compiled)), hash);
    expect(revived).toStrictEqual({ method: yaml.method, raw: yaml.raw, checks: yaml.checks });
    // The maps and patterns work, not only compare equal.
    expect(revived?.method.criteriaById.get('core_competency')).toBe(revived?.method.criteria.find((c) => c.id === 'core_competency'));
    const pattern = yaml.directions.patterns[0];
    if (pattern) expect(revived?.method.metricDirections.patterns[0]?.test.test('cost per ticket')).toBe(pattern.test.test('cost per ticket'));
  });

  it('is not used when the texts changed since the build, nor when it is of another format', () => {
    const yaml = fromYaml();
    const compiled = JSON.parse(JSON.stringify(compileMethod(yaml, yaml.directions, hash))) as Record<string, unknown>;
    expect(reviveMethod(compiled, hashOfSources(`${rulesText}\n# changed`, metricsText))).toBeUndefined();
    expect(reviveMethod(compiled, hashOfSources(rulesText, `${metricsText}\n# changed`))).toBeUndefined();
    expect(reviveMethod({ ...compiled, format: 0 }, hash)).toBeUndefined();
    expect(reviveMethod('not an object', hash)).toBeUndefined();
  });

  it('the hash covers both texts, in order', () => {
    expect(hashOfSources('a', 'b')).not.toBe(hashOfSources('b', 'a'));
    expect(hashOfSources('ab', '')).not.toBe(hashOfSources('a', 'b'));
  });

  const built = join(repoRoot, 'dist', 'default-method.json');
  it.runIf(requireTool('the built dist/ (npm run build)', existsSync(built)))(
    'the build wrote it for the texts of today, and it revives to the same method',
    () => {
      const revived = reviveMethod(JSON.parse(readFileSync(built, 'utf8')), hash);
      const yaml = fromYaml();
      expect(revived).toStrictEqual({ method: yaml.method, raw: yaml.raw, checks: yaml.checks });
    },
  );
});
