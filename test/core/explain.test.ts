import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { explainProcess, type Explanation } from '../../src/core/engine/explain.js';
import type { Answers } from '../../src/core/method.js';
import { defaultMethod } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const method = defaultMethod();

function explain(answers: Answers, extra = {}): Explanation {
  const p = proc('p', answers, extra);
  return explainProcess(p, evaluateProcess(p, method), method);
}

const outcomes = (x: Explanation) => x.steps.map((s) => `${s.step}:${s.outcome}`);
const statusOf = (x: Explanation, gate: string) => x.steps.flatMap((s) => s.gates).find((g) => g.gate === gate)?.status;

describe('explainProcess', () => {
  it('an outsource process passes every step and its contributions add up to its score', () => {
    const x = explain(passingAnswers());
    expect(x.evaluation.verdict).toBe('outsource');
    expect(outcomes(x)).toEqual(['3:passed', '4:passed', '5:passed']);
    expect(x.steps.flatMap((s) => s.gates).every((g) => g.status === 'passed')).toBe(true);
    const total = x.contributions.reduce((sum, c) => sum + c.points, 0);
    expect(Math.round(total * 10) / 10).toBe(x.evaluation.score);
    expect('priority' in x.evaluation).toBe(false);
  });

  it('a kept process stops at step 3; steps 4 and 5 are not reached', () => {
    const x = explain(passingAnswers({ vendor_parity: 1, regulated: true }));
    expect(x.evaluation.verdict).toBe('keep');
    expect(outcomes(x)).toEqual(['3:stopped', '4:not reached', '5:not reached']);
    expect(statusOf(x, 'no-vendor-parity')).toBe('fired');
    expect(statusOf(x, 'competitive-advantage')).toBe('passed');
    // Gates of later steps are still shown as they would go.
    expect(statusOf(x, 'needs-authorisation')).toBe('fired');
  });

  it('a deferred process passes 3 and 4 and stops at 5', () => {
    const x = explain(passingAnswers({ roadmap_undecided: true }));
    expect(outcomes(x)).toEqual(['3:passed', '4:passed', '5:stopped']);
    expect(x.steps[2]?.verdict).toBe('defer');
  });

  it('an incomplete process shows the step that could not decide and the unanswered gate', () => {
    const x = explain(passingAnswers({ compliance_owner: undefined }));
    expect(x.evaluation.verdict).toBe('incomplete');
    expect(outcomes(x)).toEqual(['3:passed', '4:incomplete', '5:not reached']);
    expect(statusOf(x, 'assures-compliance')).toBe('unanswered');
    expect(x.steps[1]?.gates.find((g) => g.gate === 'assures-compliance')?.value).toBeNull();
  });

  it('a step where one gate fires and another is unanswered is "stopped", not incomplete', () => {
    const x = explain(passingAnswers({ regulated: undefined, face_to_face: 5 }));
    expect(outcomes(x)).toEqual(['3:passed', '4:stopped', '5:not reached']);
    expect(statusOf(x, 'needs-authorisation')).toBe('unanswered');
    expect(statusOf(x, 'face-to-face')).toBe('fired');
  });

  it('lists every answer of the method, unanswered ones as null, and the tests in words', () => {
    const x = explain(passingAnswers({ risk: undefined }), { metrics: [{ name: 'turnaround', unit: 'hours', baseline: 48 }], merged_from: ['old-id'] });
    expect(x.answers.map((a) => a.criterion)).toEqual(method.criteria.map((c) => c.id));
    expect(x.answers.find((a) => a.criterion === 'risk')?.value).toBeNull();
    expect(x.answers.find((a) => a.criterion === 'benefit')?.value).toBe(4);
    const tests = x.steps.flatMap((s) => s.gates.map((g) => g.test));
    expect(tests).toContain('core_competency >= 4');
    expect(tests).toContain('regulated is true');
    expect(tests).toContain('risk >= 4');
    expect(x.metrics).toEqual([{ name: 'turnaround', unit: 'hours', baseline: 48 }]);
    expect(x.merged_from).toEqual(['old-id']);
  });

  it('shows what a process that did not reach step 6 would score', () => {
    const x = explain(passingAnswers({ in_progress: true }));
    expect(x.evaluation.score).toBeNull();
    expect(x.contributions).toHaveLength(7);
    expect(x.contributions.reduce((s, c) => s + c.points, 0)).toBeGreaterThan(0);
  });
});
