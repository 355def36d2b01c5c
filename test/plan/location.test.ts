import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { recommendLocation } from '../../src/core/location/location.js';
import type { Answers } from '../../src/core/method.js';
import { defaultMethod, methodFrom, rulesErrors } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const rules = () => defaultMethod().location;
const shore = (answers: Answers) => recommendLocation(answers, rules());
const all = (o: Partial<Record<string, number | boolean>> = {}): Answers => ({
  data_sensitivity: 1,
  language_culture: 1,
  timezone_overlap: 1,
  follow_the_sun: false,
  face_to_face: 1,
  ...o,
});

describe('right-shoring (4 Things Digital Marketers Can Learn from IT Outsourcing)', () => {
  it('sends work offshore when nothing keeps it close', () => {
    const l = shore(all());
    expect(l.recommended).toBe('offshore');
    expect(l.why).toContain('lower-cost hub');
  });

  it('keeps sensitive data, native language and face-to-face work onshore, naming the answer', () => {
    expect(shore(all({ data_sensitivity: 4 }))).toMatchObject({ recommended: 'onshore' });
    expect(shore(all({ data_sensitivity: 4 })).why).toContain('data_sensitivity 4');
    expect(shore(all({ language_culture: 5 })).recommended).toBe('onshore');
    expect(shore(all({ face_to_face: 3 })).recommended).toBe('onshore');
  });

  it('goes nearshore for medium sensitivity, a close cultural fit or overlapping hours', () => {
    expect(shore(all({ data_sensitivity: 3 })).recommended).toBe('nearshore');
    expect(shore(all({ language_culture: 4 })).recommended).toBe('nearshore');
    const tz = shore(all({ timezone_overlap: 4 }));
    expect(tz.recommended).toBe('nearshore');
    expect(tz.why).toContain('timezone_overlap 4');
  });

  it('lists every threshold that holds, not only the first', () => {
    const l = shore(all({ language_culture: 4, timezone_overlap: 5 }));
    expect(l.why).toContain('language_culture 4');
    expect(l.why).toContain('timezone_overlap 5');
  });

  it('lets follow-the-sun work go offshore despite a need for overlapping hours, but not past security', () => {
    expect(shore(all({ timezone_overlap: 5, follow_the_sun: true }))).toMatchObject({ recommended: 'offshore' });
    expect(shore(all({ timezone_overlap: 5, follow_the_sun: true })).why).toContain('follow-the-sun');
    expect(shore(all({ data_sensitivity: 5, follow_the_sun: true })).recommended).toBe('onshore');
    expect(shore(all({ language_culture: 4, follow_the_sun: true })).recommended).toBe('nearshore');
  });

  it('recommends nothing while an unanswered question could keep the work closer, and says which', () => {
    const l = shore({ face_to_face: 1 });
    expect(l.recommended).toBeNull();
    expect(l.why).toBe('cannot rule out onshore: data_sensitivity, language_culture not answered');
    const near = shore({ data_sensitivity: 1, language_culture: 1, face_to_face: 1 });
    expect(near).toEqual({ recommended: null, why: 'cannot rule out nearshore: timezone_overlap not answered' });
    // follow-the-sun makes the overlap question moot.
    expect(shore({ data_sensitivity: 1, language_culture: 1, face_to_face: 1, follow_the_sun: true }).recommended).toBe('offshore');
  });

  it('decides onshore from one answer even when others are missing: an onshore reason is enough', () => {
    expect(shore({ data_sensitivity: 5 }).recommended).toBe('onshore');
  });

  it('takes its thresholds from the rules', () => {
    const method = methodFrom('extends: default\nlocation:\n  onshore:\n    data_sensitivity: { at_least: 5 }\n');
    expect(recommendLocation(all({ data_sensitivity: 4 }), method.location).recommended).toBe('nearshore');
    expect(recommendLocation(all({ data_sensitivity: 5 }), method.location).recommended).toBe('onshore');
    expect(recommendLocation(all(), undefined)).toEqual({ recommended: null, why: 'the rules have no location section' });
  });

  it('rejects thresholds on unknown criteria, flags or values off the scale, at their line', () => {
    const unknown = rulesErrors('extends: default\nlocation:\n  nearshore:\n    timezone: { at_least: 3, why: x }\n');
    expect(unknown[0]?.message).toContain('unknown criterion "timezone"');
    expect(unknown[0]).toMatchObject({ file: 'user.yaml', line: 4 });
    expect(rulesErrors('extends: default\nlocation:\n  onshore:\n    regulated: { at_least: 1, why: x }\n')[0]?.message).toContain('is a flag');
    expect(rulesErrors('extends: default\nlocation:\n  onshore:\n    data_sensitivity: { at_least: 9 }\n')[0]?.message).toContain('outside the scale 1-5');
    expect(rulesErrors('extends: default\nlocation:\n  follow_the_sun: { criterion: risk }\n')[0]?.message).toContain('must be a flag');
  });

  it('is given to outsource processes in the evaluation', () => {
    const e = evaluateProcess(proc('a', { ...passingAnswers(), data_sensitivity: 2, language_culture: 2, timezone_overlap: 2 }), defaultMethod());
    expect(e.location).toEqual({ recommended: 'offshore', why: expect.stringContaining('lower-cost hub') as string });
  });
});

describe('the right-shoring criteria are optional', () => {
  it('never appear in missing and never change a verdict or a score', () => {
    const method = defaultMethod();
    const ids = ['data_sensitivity', 'language_culture', 'timezone_overlap', 'follow_the_sun'];
    for (const id of ids) expect(method.criteriaById.get(id)?.optional).toBe(true);
    const without = evaluateProcess(proc('a', passingAnswers()), method);
    const withAnswers = evaluateProcess(
      proc('a', { ...passingAnswers(), data_sensitivity: 5, language_culture: 5, timezone_overlap: 5, follow_the_sun: true }),
      method,
    );
    expect(without.missing).toEqual([]);
    expect(withAnswers.verdict).toBe(without.verdict);
    expect(withAnswers.score).toBe(without.score);
    expect(evaluateProcess(proc('b', {}), method).missing.some((m) => ids.includes(m))).toBe(false);
  });

  it('cannot be used by a gate or weighed in step 6', () => {
    const gate = rulesErrors(
      'extends: default\ncriteria:\n  data_sensitivity: { steps: [4, 7] }\ngates:\n  secret:\n    step: 4\n    criterion: data_sensitivity\n    op: ">="\n    value: 5\n    message: too secret\n',
    );
    expect(gate.map((d) => d.message)).toEqual(['gate "secret" uses optional criterion "data_sensitivity"; optional criteria must not decide verdicts']);
    expect(gate[0]).toMatchObject({ file: 'user.yaml', line: 7 });
    const weighed = rulesErrors('extends: default\ncriteria:\n  language_culture: { steps: [6], priority: { effect: lowers, weight: 1 } }\n');
    expect(weighed.some((d) => d.message.includes('optional'))).toBe(true);
  });
});
