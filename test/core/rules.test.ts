import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { loadMethod } from '../../src/core/method-file.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { defaultMethod, defaultRulesText, DEFAULT_RULES_FILE, methodFrom, rulesErrors } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';
import { fixture } from '../helpers/paths.js';

const rulesFixture = (name: string) => readFileSync(fixture('core', 'rules', name), 'utf8');

describe('the default method', () => {
  it('loads from rules/default.yaml with the 16 criteria (v2 adds separable) and 12 gates of the method', () => {
    const m = defaultMethod();
    expect(m.name).toBe('default');
    expect(m.sources).toEqual([DEFAULT_RULES_FILE]);
    expect(m.scale).toMatchObject({ min: 1, max: 5 });
    // The 15 public criterion ids; optional planning questions (never missing, never in a gate or the score) may follow.
    expect(m.criteria.filter((c) => !c.optional).map((c) => c.id)).toEqual([
      'core_competency',
      'vendor_parity',
      'benefit',
      'regulated',
      'politically_sensitive',
      'compliance_owner',
      'face_to_face',
      'separable',
      'in_progress',
      'roadmap_undecided',
      'risk',
      'domain_expertise',
      'contractual_duty',
      'cost_of_inaction',
      'tech_complexity',
      'repetitiveness',
    ]);
    expect(m.criteria.filter((c) => c.type === 'flag' && !c.optional).map((c) => c.id)).toEqual([
      'regulated',
      'compliance_owner',
      'separable',
      'in_progress',
      'roadmap_undecided',
      'contractual_duty',
    ]);
    expect([m.gatesByStep[3].length, m.gatesByStep[4].length, m.gatesByStep[5].length]).toEqual([3, 4, 5]);
  });

  it('gives every criterion a question and a help text', () => {
    for (const c of defaultMethod().criteria) {
      expect(c.question.length, c.id).toBeGreaterThan(10);
      expect(c.help.length, c.id).toBeGreaterThan(20);
    }
  });
});

describe('a rules file that says "extends: default"', () => {
  const custom = methodFrom(rulesFixture('override.yaml'));

  it('changes the overridden threshold: politically_sensitive 3 is now retained', () => {
    const p = proc('p', passingAnswers({ politically_sensitive: 3 }));
    expect(evaluateProcess(p, defaultMethod()).verdict).toBe('outsource');
    const e = evaluateProcess(p, custom);
    expect(e.verdict).toBe('retain');
    expect(e.reasons.map((r) => r.gate)).toEqual(['internal-politics']);
    expect(evaluateProcess(proc('q', passingAnswers({ politically_sensitive: 2 })), custom).verdict).toBe('outsource');
  });

  it('changes the overridden weight and the score with it', () => {
    // tech_complexity weight 1 -> 10: total 24; passing answers weigh 10.75 - 0.75 + 10 * 0.75 = 17.5.
    expect(custom.totalWeight).toBe(24);
    expect(custom.priority.find((p) => p.criterion === 'tech_complexity')).toEqual({ criterion: 'tech_complexity', effect: 'lowers', weight: 10 });
    expect(evaluateProcess(proc('p', passingAnswers()), custom).score).toBe(72.9);
    expect(evaluateProcess(proc('p', passingAnswers()), defaultMethod()).score).toBe(71.7);
  });

  it('keeps everything it does not mention', () => {
    const gate = custom.gatesByStep[4].find((g) => g.id === 'internal-politics');
    expect(gate).toMatchObject({ criterion: 'politically_sensitive', op: '>=', value: 3, message: defaultMethod().gatesByStep[4][1]?.message });
    expect(custom.criteria.map((c) => c.id)).toEqual(defaultMethod().criteria.map((c) => c.id));
    expect(custom.gatesByStep[4].find((g) => g.id === 'face-to-face')?.value).toBe(4);
    expect(custom.name).toBe('stricter politics');
    expect(custom.sources).toEqual(['user.yaml', DEFAULT_RULES_FILE]);
  });

  it('can switch a gate off', () => {
    const m = methodFrom('extends: default\ngates:\n  face-to-face:\n    enabled: false\n');
    expect(m.gatesByStep[4].map((g) => g.id)).not.toContain('face-to-face');
    expect(evaluateProcess(proc('p', passingAnswers({ face_to_face: 5 })), m).verdict).toBe('outsource');
  });

  it('does not change the default method it extends', () => {
    methodFrom('extends: default\ngates:\n  high-jeopardy: { value: 3 }\n');
    expect(defaultMethod().gatesByStep[5].find((g) => g.id === 'high-jeopardy')?.value).toBe(4);
    const again = loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText });
    expect(again.ok && again.value.method.gatesByStep[5].find((g) => g.id === 'high-jeopardy')?.value).toBe(4);
  });
});

describe('a complete rules file', () => {
  it('replaces the default method entirely', () => {
    const m = methodFrom(rulesFixture('complete.yaml'), 'complete.yaml');
    expect(m.name).toBe('tiny');
    expect(m.sources).toEqual(['complete.yaml']);
    // The 15 public criterion ids; optional planning questions (never missing, never in a gate or the score) may follow.
    expect(m.criteria.filter((c) => !c.optional).map((c) => c.id)).toEqual(['core_competency', 'benefit']);
    expect(m.scale).toMatchObject({ min: 1, max: 3 });
    expect(evaluateProcess(proc('a', { core_competency: 3, benefit: 3 }), m).verdict).toBe('keep');
    expect(evaluateProcess(proc('b', { core_competency: 1, benefit: 3 }), m)).toMatchObject({ verdict: 'outsource', score: 100 });
    expect(evaluateProcess(proc('c', { core_competency: 2, benefit: 2 }), m)).toMatchObject({ verdict: 'outsource', score: 50 });
  });
});

describe('a broken rules file gives one clear error at file:line:column', () => {
  const cases = [
    { file: 'unknown-criterion.yaml', at: '5:16', says: ['unknown criterion "rsik"', 'did you mean "risk"'] },
    { file: 'complete-unknown-criterion.yaml', at: '17:16', says: ['unknown criterion "risky"', 'did you mean "risk"'] },
    { file: 'duplicate-id.yaml', at: '6:3', says: ['duplicate key'] },
    { file: 'weight-zero.yaml', at: '6:15', says: ['weight: 0 is out of range: must be greater than 0'] },
    { file: 'weight-negative.yaml', at: '4:41', says: ['weight: -1 is out of range: must be greater than 0'] },
    { file: 'threshold-outside-scale.yaml', at: '5:12', says: ['threshold 7', 'outside the scale 1-5'] },
    { file: 'unknown-key.yaml', at: '5:5', says: ['unknown key "valeu"', 'did you mean "value"'] },
    { file: 'flag-gate-ge.yaml', at: '5:9', says: ['flag "in_progress"', 'op: is'] },
    { file: 'scale-gate-equals.yaml', at: '5:9', says: ['gate "high-jeopardy"', 'scale "risk"', '"=="', 'not monotone', 'use ">=" or "<="'] },
    { file: 'gate-never-fires.yaml', at: '5:12', says: ['gate "no-vendor-parity"', 'threshold 0', 'outside the scale 1-5', 'can never fire'] },
  ];
  for (const c of cases) {
    it(c.file, () => {
      const errors = rulesErrors(rulesFixture(c.file), c.file);
      expect(errors).toHaveLength(1);
      const line = formatDiagnostic(errors[0]!);
      expect(line.startsWith(`${c.file}:${c.at}: `), line).toBe(true);
      for (const words of c.says) expect(line).toContain(words);
      expect(line).not.toContain('\n');
    });
  }

  it('a top-level typo is an unknown key with a suggestion', () => {
    const [e, ...rest] = rulesErrors('extends: default\ncritera: {}\n');
    expect(rest).toEqual([]);
    expect(formatDiagnostic(e!)).toBe('user.yaml:2:1: top level: unknown key "critera" (did you mean "criteria"?)');
  });

  it('a threshold outside a scale the override narrows is caught', () => {
    const errors = rulesErrors('extends: default\nscale:\n  max: 3\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.message).join('\n')).toContain('outside the scale 1-3');
  });

  it('a scale gate compared with "is" is refused', () => {
    const [e] = rulesErrors('extends: default\ngates:\n  high-jeopardy:\n    op: is\n    value: true\n');
    expect(formatDiagnostic(e!)).toMatch(/^user\.yaml:4:9: .*scale "risk"/);
  });

  it('a rules file that is not a mapping is refused at 1:1', () => {
    const [e] = rulesErrors('- just\n- a list\n');
    expect(formatDiagnostic(e!)).toMatch(/^user\.yaml:1:1: a rules file must be a mapping/);
  });

  it('invalid YAML is refused with its position', () => {
    const [e] = rulesErrors('extends: default\ngates: [unclosed\n');
    expect(e?.file).toBe('user.yaml');
    expect(e?.line).toBeGreaterThanOrEqual(2);
  });
});
