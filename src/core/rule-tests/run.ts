import { evaluateProcess } from '../engine/evaluate.js';
import type { Answers, Method, Verdict } from '../method.js';
import { flagWord } from '../parse/flag-words.js';
import type { RulesFile } from '../rules/schema.js';

type RuleTest = NonNullable<RulesFile['tests']>[number];

export interface RuleTestOutcome {
  index: number;
  name: string;
  /** Where the test is written, when known: file, line, column. */
  where?: { file: string; line?: number; column?: number };
  passed: boolean;
  expected: { verdict: Verdict; reasons?: string[]; score?: { min?: number; max?: number } };
  actual: { verdict: Verdict; reasons: string[]; score: number | null };
  /** What differs, field by field, as text to show side by side. Empty when the test passes. */
  differences: Difference[];
}

export interface Difference {
  field: 'verdict' | 'reasons' | 'score';
  expected: string;
  actual: string;
}

export interface RuleTestSummary {
  outcomes: RuleTestOutcome[];
  passed: number;
  failed: number;
}

/** The answers of test i: its base's (recursively), then its own, where null removes an answer. */
export function answersOf(tests: readonly RuleTest[], index: number, seen: Set<number> = new Set()): Answers {
  const test = tests[index];
  if (!test || seen.has(index)) return {};
  seen.add(index);
  const baseIndex = test.base === undefined ? -1 : tests.findIndex((t, k) => k < index && t.name === test.base);
  const answers: Answers = baseIndex >= 0 ? { ...answersOf(tests, baseIndex, seen) } : {};
  for (const [id, value] of Object.entries(test.answers ?? {})) {
    if (value === null) delete answers[id];
    else if (typeof value !== 'string') answers[id] = value;
    else {
      // A spelled flag ("no", "Ja", "oui"); loading refused any other text.
      const flag = flagWord(value);
      if (flag !== undefined) answers[id] = flag;
    }
  }
  return answers;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * Runs each test vector through the engine, exactly as `score` evaluates a
 * process, and compares: the verdict; the reasons' gate ids as a set, when
 * given; the score against its range, when given (a range on a process that
 * is not `outsource` fails, since it has no score).
 */
export function runRuleTests(tests: readonly RuleTest[], method: Method, locate?: (index: number) => RuleTestOutcome['where']): RuleTestSummary {
  const outcomes = tests.map((test, index): RuleTestOutcome => {
    const evaluation = evaluateProcess({ id: 'test', name: test.name, answers: answersOf(tests, index) }, method);
    const actual = { verdict: evaluation.verdict, reasons: evaluation.reasons.map((r) => r.gate), score: evaluation.score };
    const expected: RuleTestOutcome['expected'] = { verdict: test.verdict };
    const differences: Difference[] = [];
    if (actual.verdict !== test.verdict) differences.push({ field: 'verdict', expected: test.verdict, actual: actual.verdict });
    if (test.reasons) {
      expected.reasons = test.reasons;
      if (!sameSet(test.reasons, actual.reasons))
        differences.push({ field: 'reasons', expected: `[${test.reasons.join(', ')}]`, actual: `[${actual.reasons.join(', ')}]` });
    }
    if (test.score) {
      expected.score = test.score;
      const { min = 0, max = 100 } = test.score;
      const outside = actual.score === null || actual.score < min || actual.score > max;
      if (outside)
        differences.push({
          field: 'score',
          expected: `${min} to ${max}`,
          actual: actual.score === null ? `none (verdict ${actual.verdict})` : actual.score.toFixed(1),
        });
    }
    const where = locate?.(index);
    return { index, name: test.name, ...(where ? { where } : {}), passed: differences.length === 0, expected, actual, differences };
  });
  const failed = outcomes.filter((o) => !o.passed).length;
  return { outcomes, passed: outcomes.length - failed, failed };
}
