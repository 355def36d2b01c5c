import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { highOnScale } from '../../src/core/roadmap/checks/thresholds.js';
import { defaultMethod, methodFrom, rulesErrors } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';
import { fixture } from '../helpers/paths.js';

const method = defaultMethod();
const verdictOf = (overrides: Record<string, number | boolean | undefined>, m = method) => evaluateProcess(proc('p', passingAnswers(overrides)), m).verdict;

describe('step 5 gates are monotone', () => {
  it('risk 4 (high) defers, risk 3 passes, and every higher risk defers too', () => {
    expect(verdictOf({ risk: 3 })).toBe('outsource');
    expect(verdictOf({ risk: 4 })).toBe('defer');
    expect(verdictOf({ risk: 5 })).toBe('defer');
  });

  it('domain_expertise 5 defers, 4 passes', () => {
    expect(verdictOf({ domain_expertise: 4 })).toBe('outsource');
    expect(verdictOf({ domain_expertise: 5 })).toBe('defer');
  });

  it('on a wider scale, an answer above a ">=" threshold still fires (no "==" hole at the top)', () => {
    const m = methodFrom('extends: default\nscale:\n  max: 7\n  high: 5\n', 'wide.yaml');
    expect(verdictOf({ risk: 4 }, m)).toBe('outsource');
    expect(verdictOf({ risk: 5 }, m)).toBe('defer');
    expect(verdictOf({ risk: 7 }, m)).toBe('defer');
  });
});

describe('"high" has one definition, in the rules', () => {
  it('the default scale says high is 4; the high-jeopardy gate and the roadmap checks both read it', () => {
    expect(method.scale.high).toBe(4);
    expect(highOnScale(method)).toBe(4);
    expect(method.gatesByStep[5].find((g) => g.id === 'high-jeopardy')).toMatchObject({ op: '>=', value: 4 });
  });

  it('a rules file that moves "high" moves the gate and the checks together', () => {
    const m = methodFrom('extends: default\nscale:\n  high: 5\n', 'high5.yaml');
    expect(highOnScale(m)).toBe(5);
    expect(m.gatesByStep[5].find((g) => g.id === 'high-jeopardy')?.value).toBe(5);
    expect(verdictOf({ risk: 4 }, m)).toBe('outsource');
  });

  it('a file without scale.high gets the top quarter of its scale', () => {
    const m = methodFrom(readFileSync(fixture('core', 'rules', 'complete.yaml'), 'utf8'), 'complete.yaml');
    expect(m.scale).toMatchObject({ min: 1, max: 3, high: 3 });
  });

  it('a high off the scale is refused at its position', () => {
    const [e] = rulesErrors('extends: default\nscale:\n  high: 9\n');
    expect(e).toMatchObject({ file: 'user.yaml', line: 3, column: 9 });
    expect(e?.message).toContain('scale high (9)');
  });
});

describe('flag gates', () => {
  it('accept "==" with true or false, which means the same as "is"', () => {
    const m = methodFrom("extends: default\ngates:\n  in-progress:\n    op: '=='\n    value: true\n", 'eq.yaml');
    expect(verdictOf({ in_progress: true }, m)).toBe('defer');
    expect(verdictOf({ in_progress: false }, m)).toBe('outsource');
  });
});
