/**
 * Fuzzing the other files: rules overrides (`extends: default`) through
 * `rules --rules` and `score --rules`, and roadmaps through `check` in every
 * format, valid and corrupted. A valid override always loads and scores; a
 * roadmap gives 0, 1 or 2 (2 only when it or its inventory cannot be read);
 * nothing prints a stack trace or an escape sequence from the data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { defaultMethod } from '../helpers/method.js';
import { example } from '../helpers/paths.js';
import { inventoryArb, mutateText, mutateValue, roadmapArb, rulesOverrideArb, serialise, textMutation, toYamlText, valueMutation } from './arbitraries.js';
import { cli, expectWellBehaved, fcOptions, fuzzSession } from './run.js';

const method = defaultMethod();
const { scratch, tally } = fuzzSession();

const corruption = fc.oneof(
  valueMutation.map((m) => ({ value: m })),
  textMutation.map((m) => ({ text: m })),
);
function corrupt(value: unknown, how: { value: Parameters<typeof mutateValue>[1] } | { text: Parameters<typeof mutateText>[1] }): string {
  return 'value' in how ? toYamlText(mutateValue(value, how.value)) : mutateText(toYamlText(value), how.text);
}

describe('rules overrides, fuzzed', () => {
  it('a valid override always loads, lists and scores', async () => {
    const seen = tally('rules: valid overrides');
    await fc.assert(
      fc.asyncProperty(rulesOverrideArb(method), fc.constantFrom('table', 'json'), async (override, format) => {
        const file = scratch.write('rules.yaml', toYamlText(override));
        const listed = await cli(['rules', '--rules', file, '--format', format], scratch.dir);
        expectWellBehaved(listed, format === 'json' ? 'json' : 'text', [0]);
        const scored = await cli(['score', example('agency.yaml'), '--rules', file, '--format', 'json'], scratch.dir);
        expectWellBehaved(scored, 'json', [0]);
        expect((JSON.parse(scored.stdout) as { processes: unknown[] }).processes).toHaveLength(24);
        seen.add(`${Object.keys(override).sort().join('+')}: exit 0`);
      }),
      fcOptions,
    );
  });

  it('a corrupted override gives exit 0 or 2 (1 from rules test), with clear lines', async () => {
    const seen = tally('rules: corrupted overrides');
    await fc.assert(
      fc.asyncProperty(rulesOverrideArb(method), corruption, fc.constantFrom('rules', 'score', 'rules test'), async (override, how, command) => {
        const file = scratch.write('bad-rules.yaml', corrupt(override, how));
        const args =
          command === 'rules'
            ? ['rules', '--rules', file]
            : command === 'score'
              ? ['score', example('agency.yaml'), '--rules', file]
              : ['rules', 'test', '--rules', file];
        const r = await cli(args, scratch.dir);
        seen.add(`${command}: exit ${r.code}`);
        // `rules test` exits 1 when a test kept in the file fails.
        expectWellBehaved(r, 'text', command === 'rules test' ? [0, 1, 2] : [0, 2]);
      }),
      fcOptions,
    );
  });
});

const CHECK_FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
const kindOf = (format: (typeof CHECK_FORMATS)[number]) => (format === 'json' || format === 'sarif' ? format : format === 'junit' ? 'junit' : 'text');

describe('roadmaps, fuzzed', () => {
  const setting = inventoryArb(method, 'yaml', 8).chain((inventory) =>
    fc.tuple(fc.constant(inventory), roadmapArb(inventory, 'inventory.yaml'), fc.constantFrom(...CHECK_FORMATS)),
  );

  it('a well-formed roadmap is checked: exit 0 or 1, every format parses', async () => {
    const seen = tally('check: well-formed roadmaps');
    await fc.assert(
      fc.asyncProperty(setting, async ([inventory, roadmap, format]) => {
        scratch.write('inventory.yaml', serialise(inventory, method, 'yaml'));
        const r = await cli(['check', scratch.write('roadmap.yaml', toYamlText(roadmap)), '--format', format], scratch.dir);
        seen.add(`${format}: exit ${r.code}`);
        expectWellBehaved(r, kindOf(format), [0, 1]);
        if (format === 'junit') expect(XMLValidator.validate(r.stdout)).toBe(true);
        if (format === 'github')
          for (const line of r.stdout.split('\n').filter((l) => l.startsWith('::')))
            expect(line).toMatch(/^::(error|warning|notice) file=[^,:\n]+,line=\d+,col=\d+,title=[^,:\n]+::.+$/);
      }),
      fcOptions,
    );
  });

  it('a corrupted roadmap or inventory gives exit 0, 1 or 2, never a crash', async () => {
    const seen = tally('check: corrupted roadmaps');
    await fc.assert(
      fc.asyncProperty(setting, corruption, fc.boolean(), async ([inventory, roadmap, format], how, breakInventory) => {
        const inventoryText = serialise(inventory, method, 'yaml');
        scratch.write('inventory.yaml', breakInventory ? corrupt(inventory, how) : inventoryText);
        const roadmapText = breakInventory ? toYamlText(roadmap) : corrupt(roadmap, how);
        const r = await cli(['check', scratch.write('roadmap.yaml', roadmapText), '--format', format], scratch.dir);
        seen.add(`${breakInventory ? 'inventory' : 'roadmap'} corrupted, ${format}: exit ${r.code}`);
        expectWellBehaved(r, kindOf(format), [0, 1, 2], { reportsErrors: true });
        if (format === 'junit') expect(XMLValidator.validate(r.stdout)).toBe(true);
      }),
      fcOptions,
    );
  });
});
