/**
 * Test vectors kept with a rules file: the default rules' own vectors run
 * here on every `npm test`, and a failing vector is reported as a diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { loadMethod } from '../../src/core/method-file.js';
import type { RulesFile } from '../../src/core/rules/schema.js';
import { answersOf, runRuleTests } from '../../src/core/rule-tests/index.js';
import { DEFAULT_RULES_FILE, defaultRulesText } from '../helpers/method.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => join('test', 'fixtures', 'decision', name);
function load(userFile?: string) {
  const user = userFile === undefined ? undefined : { file: fixture(userFile), text: readFileSync(join(repoRoot, fixture(userFile)), 'utf8') };
  return loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText }, user);
}

describe('the default rules ship test vectors', () => {
  const loaded = load();
  if (!loaded.ok) throw new Error(loaded.errors.map(formatDiagnostic).join('\n'));
  const { method, raw } = loaded.value;
  const tests = raw.tests ?? [];
  const summary = runRuleTests(tests, method);

  it.each(summary.outcomes.map((o) => [o.name, o] as const))('%s', (_name, outcome) => {
    expect(outcome.differences).toEqual([]);
    expect(outcome.passed).toBe(true);
  });

  it('cover every gate on both sides of its threshold', () => {
    const gates = [3, 4, 5].flatMap((step) => method.gatesByStep[step as 3 | 4 | 5]);
    for (const gate of gates) {
      const fires = tests.map((t, i) => ({ t, answers: answersOf(tests, i) })).filter(({ t }) => t.reasons?.length === 1 && t.reasons[0] === gate.id);
      expect(
        fires.some(({ answers }) => answers[gate.criterion] === gate.value),
        `${gate.id} fires at its threshold`,
      ).toBe(true);
      const justShort = typeof gate.value === 'boolean' ? !gate.value : gate.op === '>=' ? gate.value - 1 : gate.op === '<=' ? gate.value + 1 : gate.value - 1;
      const passes = tests
        .map((t, i) => ({ t, answers: answersOf(tests, i) }))
        .filter(({ t, answers }) => t.verdict === 'outsource' && answers[gate.criterion] === justShort);
      expect(passes.length, `${gate.id} does not fire at ${String(justShort)}`).toBeGreaterThan(0);
    }
  });
});

describe('running vectors', () => {
  it('a failing vector gives a field-by-field diff of expected and actual, at its position', () => {
    const loaded = load('rules-failing-test.yaml');
    if (!loaded.ok) throw new Error(loaded.errors.map(formatDiagnostic).join('\n'));
    const summary = runRuleTests(loaded.value.raw.tests ?? [], loaded.value.method, (i) => ({ file: 'f.yaml', line: i + 1 }));
    expect(summary.passed).toBe(2);
    expect(summary.failed).toBe(1);
    const failed = summary.outcomes.find((o) => !o.passed)!;
    expect(failed.name).toBe('risk 4 is still a candidate');
    expect(failed.where).toEqual({ file: 'f.yaml', line: 2 });
    expect(failed.differences).toEqual([
      { field: 'verdict', expected: 'outsource', actual: 'defer' },
      { field: 'reasons', expected: '[priority]', actual: '[high-jeopardy]' },
    ]);
  });

  it('base answers are inherited and null removes one', () => {
    const tests: NonNullable<RulesFile['tests']> = [
      { name: 'a', answers: { risk: 2, benefit: 4 }, verdict: 'outsource' as const },
      { name: 'b', base: 'a', answers: { risk: null, core_competency: 1 }, verdict: 'incomplete' as const },
      { name: 'c', base: 'b', answers: { benefit: 5 }, verdict: 'incomplete' as const },
    ];
    expect(answersOf(tests, 2)).toEqual({ benefit: 5, core_competency: 1 });
  });

  it('a score range on a process that gets no score fails, saying why', () => {
    const loaded = load();
    if (!loaded.ok) throw new Error('default rules do not load');
    const summary = runRuleTests([{ name: 'kept', answers: { core_competency: 5 }, verdict: 'keep', score: { min: 10 } }], loaded.value.method);
    expect(summary.outcomes[0]!.differences).toEqual([{ field: 'score', expected: '10 to 100', actual: 'none (verdict keep)' }]);
  });

  it('mistakes in a tests: list are errors at file:line:column', () => {
    const loaded = load('rules-bad-tests.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const f = fixture('rules-bad-tests.yaml');
    expect(loaded.errors.map(formatDiagnostic)).toEqual([
      `${f}:4:22: tests[0].answers: unknown criterion "rsik" (did you mean "risk"?)`,
      `${f}:4:36: tests[0].answers.regulated: is a flag, so true or false, got 3`,
      `${f}:4:48: tests[0].answers.benefit: must be a whole number from 1 to 5, got 7`,
      `${f}:6:15: tests[0].reasons: unknown gate "high-jepardy" (did you mean "high-jeopardy"?)`,
      `${f}:8:11: tests[1]: base "third" is not an earlier test (tests[2] comes later; a base must come first)`,
      `${f}:10:12: tests[1].score: min 80 is above max 20`,
      `${f}:13:11: tests[3]: the name "first" is already used by tests[0]; names must be unique`,
    ]);
  });
});
