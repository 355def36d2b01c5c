/**
 * A configuration (.outsource.yaml, package.json "outsource") that passes the
 * fast check is used without zod; the property: whatever the fast check
 * accepts, the zod schema accepts and returns unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedConfig } from '../../src/core/config/well-formed.js';
import { configShape } from '../../src/core/config/schema.js';
import { loadConfigLazily } from '../../src/core/config/load-lazily.js';
import { loadConfig } from '../../src/core/config/load.js';

const junk = fc.constantFrom<unknown>(null, 0, 1, true, 'x', '', [], {});
const mostly = (good: fc.Arbitrary<unknown>) => fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: junk });
const object = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(shape, { requiredKeys: [], noNullPrototype: true }),
      fc.oneof({ weight: 20, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('extra', 'Rules') }),
    )
    .map(([o, extra]) => (extra === undefined ? o : { ...o, [extra]: 1 }));
const entry = fc.oneof(
  fc.constantFrom('json', 'sarif', 'text', ''),
  object({ format: mostly(fc.constantFrom('sarif', 'json')), output: mostly(fc.constantFrom('out.sarif', '', 'a/b.json')) }),
);
const outputs = mostly(fc.oneof(entry, fc.array(entry, { maxLength: 3 })));
const config = object({
  $schema: mostly(fc.constant('./config.schema.json')),
  rules: mostly(fc.constantFrom('rules.yaml', '')),
  'fail-on': mostly(fc.constantFrom('error', 'warning', 'info', 'fatal')),
  baseline: mostly(fc.constantFrom('.outsource-baseline.json', '')),
  waivers: mostly(object({ 'require-expiry': mostly(fc.boolean()), inline: mostly(fc.boolean()) })),
  formats: mostly(object({ check: outputs, score: outputs, vendors: outputs, track: outputs, diff: outputs })),
});

describe('the fast configuration check', () => {
  it('accepts only what the zod schema accepts, unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(config, (value) => {
        if (!isWellFormedConfig(value)) return;
        accepted++;
        const parsed = configShape.safeParse(value);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('loads a configuration as the zod loader does, and leaves a bad one to it', async () => {
    const good = 'rules: team.yaml\nfail-on: warning\nformats:\n  check: [text, { format: sarif, output: out.sarif }]\n';
    const lazy = await loadConfigLazily(good, '.outsource.yaml');
    const strict = loadConfig(good, '.outsource.yaml');
    expect(lazy.ok && strict.ok && lazy.value?.config).toStrictEqual(strict.ok && strict.value?.config);
    expect(lazy.ok && lazy.value?.locate(['fail-on'])).toEqual({ line: 2, column: 10 });
    const bad = 'fail-on: fatal\n';
    expect(await loadConfigLazily(bad, '.outsource.yaml')).toStrictEqual(loadConfig(bad, '.outsource.yaml'));
    expect(await loadConfigLazily('{"name":"x"}', 'package.json', ['outsource'])).toStrictEqual({ ok: true, value: undefined });
  });
});
