import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/core/engine/verdict.js';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { defaultMethod } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const method = defaultMethod();

/** Each default gate with a value that fires it and the nearest value that does not (the gates of rules/default.yaml). */
const GATES = [
  { step: 3, verdict: 'keep', gate: 'competitive-advantage', criterion: 'core_competency', fires: 4, passes: 3 },
  { step: 3, verdict: 'keep', gate: 'no-vendor-parity', criterion: 'vendor_parity', fires: 2, passes: 3 },
  { step: 3, verdict: 'keep', gate: 'too-little-benefit', criterion: 'benefit', fires: 1, passes: 2 },
  { step: 4, verdict: 'retain', gate: 'needs-authorisation', criterion: 'regulated', fires: true, passes: false },
  { step: 4, verdict: 'retain', gate: 'internal-politics', criterion: 'politically_sensitive', fires: 4, passes: 3 },
  { step: 4, verdict: 'retain', gate: 'assures-compliance', criterion: 'compliance_owner', fires: true, passes: false },
  { step: 4, verdict: 'retain', gate: 'face-to-face', criterion: 'face_to_face', fires: 4, passes: 3 },
  { step: 5, verdict: 'defer', gate: 'in-progress', criterion: 'in_progress', fires: true, passes: false },
  { step: 5, verdict: 'defer', gate: 'roadmap-undecided', criterion: 'roadmap_undecided', fires: true, passes: false },
  { step: 5, verdict: 'defer', gate: 'high-jeopardy', criterion: 'risk', fires: 4, passes: 3 },
  { step: 5, verdict: 'defer', gate: 'rare-expertise', criterion: 'domain_expertise', fires: 5, passes: 4 },
  { step: 5, verdict: 'defer', gate: 'contractual-duty', criterion: 'contractual_duty', fires: true, passes: false },
] as const;

/** Scale values beyond the threshold on the firing side, which must fire too. */
const FURTHER = { 'high-jeopardy': 5, 'competitive-advantage': 5, 'no-vendor-parity': 1, 'internal-politics': 5, 'face-to-face': 5 } as const;

describe('decideVerdict: every gate on both sides of its threshold', () => {
  it('covers every gate of the default method', () => {
    const all = [3, 4, 5].flatMap((s) => method.gatesByStep[s as 3 | 4 | 5].map((g) => g.id));
    expect(all.sort()).toEqual(GATES.map((g) => g.gate).sort());
  });

  it('passes a process whose answers fire no gate', () => {
    expect(decideVerdict(passingAnswers(), method)).toEqual({ verdict: 'outsource', reasons: [] });
  });

  for (const g of GATES) {
    it(`${g.gate}: ${g.criterion} = ${String(g.fires)} gives ${g.verdict}, ${String(g.passes)} passes`, () => {
      const fired = decideVerdict(passingAnswers({ [g.criterion]: g.fires }), method);
      expect(fired.verdict).toBe(g.verdict);
      expect(fired.reasons).toEqual([{ step: g.step, gate: g.gate, criterion: g.criterion, message: expect.stringContaining(`step ${g.step}: `) as string }]);
      expect(fired.reasons[0]?.message).toContain(`${g.criterion} = ${String(g.fires)}`);

      const passed = decideVerdict(passingAnswers({ [g.criterion]: g.passes }), method);
      expect(passed).toEqual({ verdict: 'outsource', reasons: [] });

      const further = (FURTHER as Record<string, number>)[g.gate];
      if (further !== undefined) expect(decideVerdict(passingAnswers({ [g.criterion]: further }), method).verdict).toBe(g.verdict);
    });
  }
});

describe('decideVerdict: the walk of steps 3, 4, 5', () => {
  it('stops at the first step that fires: a process firing at 3 and 4 is kept, with only step-3 reasons', () => {
    const r = decideVerdict(passingAnswers({ core_competency: 5, regulated: true, face_to_face: 5 }), method);
    expect(r.verdict).toBe('keep');
    expect(r.reasons.map((x) => x.gate)).toEqual(['competitive-advantage']);
    expect(r.reasons.every((x) => x.step === 3)).toBe(true);
  });

  it('a process firing at 4 and 5 is retained, with only step-4 reasons', () => {
    const r = decideVerdict(passingAnswers({ compliance_owner: true, in_progress: true, risk: 5 }), method);
    expect(r.verdict).toBe('retain');
    expect(r.reasons.map((x) => x.gate)).toEqual(['assures-compliance']);
  });

  it('gives every firing gate of the deciding step as a reason, in rules order', () => {
    const r = decideVerdict(passingAnswers({ in_progress: true, roadmap_undecided: true, risk: 5, domain_expertise: 5, contractual_duty: true }), method);
    expect(r.verdict).toBe('defer');
    expect(r.reasons.map((x) => x.gate)).toEqual(['in-progress', 'roadmap-undecided', 'high-jeopardy', 'rare-expertise', 'contractual-duty']);
  });

  it('all three step-3 gates firing give three reasons', () => {
    const r = decideVerdict(passingAnswers({ core_competency: 4, vendor_parity: 1, benefit: 1 }), method);
    expect(r.reasons.map((x) => x.gate)).toEqual(['competitive-advantage', 'no-vendor-parity', 'too-little-benefit']);
  });

  it('an unanswered gate at a step where nothing fires gives incomplete, naming that gate', () => {
    const r = decideVerdict(passingAnswers({ face_to_face: undefined }), method);
    expect(r.verdict).toBe('incomplete');
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({ step: 4, gate: 'face-to-face', criterion: 'face_to_face' });
    expect(r.reasons[0]?.message).toContain('not answered');
  });

  it('names every unanswered gate of that step, and none of a later step', () => {
    const r = decideVerdict(passingAnswers({ regulated: undefined, politically_sensitive: undefined, risk: undefined }), method);
    expect(r.verdict).toBe('incomplete');
    expect(r.reasons.map((x) => x.gate)).toEqual(['needs-authorisation', 'internal-politics']);
  });

  it('does not read past an incomplete step, even when a later gate would fire', () => {
    const r = decideVerdict(passingAnswers({ vendor_parity: undefined, regulated: true }), method);
    expect(r.verdict).toBe('incomplete');
    expect(r.reasons.map((x) => x.gate)).toEqual(['no-vendor-parity']);
  });

  it('a gate fires even if another gate of the same step is unanswered', () => {
    const r = decideVerdict(passingAnswers({ vendor_parity: undefined, benefit: 1 }), method);
    expect(r.verdict).toBe('keep');
    expect(r.reasons.map((x) => x.gate)).toEqual(['too-little-benefit']);
  });

  it('treats an empty answer set as incomplete at step 3, never as safe', () => {
    const r = decideVerdict({}, method);
    expect(r.verdict).toBe('incomplete');
    expect(r.reasons.map((x) => x.gate)).toEqual(['competitive-advantage', 'no-vendor-parity', 'too-little-benefit']);
  });

  it('unanswered step-6-only criteria do not stop the walk', () => {
    const r = decideVerdict(passingAnswers({ cost_of_inaction: undefined, tech_complexity: undefined, repetitiveness: undefined }), method);
    expect(r.verdict).toBe('outsource');
  });
});

describe('evaluateProcess: missing', () => {
  it('lists every unanswered criterion in rules order, whatever the verdict', () => {
    const answers = passingAnswers({ core_competency: 5, vendor_parity: undefined, contractual_duty: undefined, repetitiveness: undefined });
    const e = evaluateProcess(proc('a', answers), method);
    expect(e.verdict).toBe('keep');
    expect(e.missing).toEqual(['vendor_parity', 'contractual_duty', 'repetitiveness']);
  });

  it('is empty when everything is answered, and lists all 15 published criteria and separable when nothing is', () => {
    expect(evaluateProcess(proc('a', passingAnswers()), method).missing).toEqual([]);
    const missing = evaluateProcess(proc('b', {}), method).missing;
    expect(missing).toHaveLength(16);
    expect(missing).toEqual(method.criteria.filter((c) => !c.optional).map((c) => c.id));
  });

  it('keeps score, rank and confidence null unless the verdict is outsource', () => {
    for (const answers of [passingAnswers({ regulated: true }), passingAnswers({ risk: undefined }), {}]) {
      const e = evaluateProcess(proc('x', answers), method);
      expect(e.verdict).not.toBe('outsource');
      expect([e.score, e.rank, e.confidence, e.priority]).toEqual([null, null, null, null]);
    }
  });
});
