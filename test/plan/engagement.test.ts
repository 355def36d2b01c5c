import { describe, expect, it } from 'vitest';
import { recommendEngagement } from '../../src/core/engagement/engagement.js';
import { DEFAULT_ENGAGEMENT_RULES } from '../../src/core/engagement/defaults.js';
import { evaluateInventory, evaluateProcess } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { defaultMethod, methodFrom, rulesErrors } from '../helpers/method.js';
import { passingAnswers, proc, toYaml } from '../helpers/inventory.js';

describe('engagement model and seats (How does a CPO work for you?)', () => {
  it('buys steady volume per seat, rounding seats up so the volume is covered', () => {
    const e = recommendEngagement({ hours_per_month: 300, pattern: 'steady' });
    expect(e.model).toBe('resource-support');
    expect(e.seats).toBe(3); // 300 / 140 = 2.14 seats of work
    expect(e.why).toContain('2.14 seats');
    expect(e.why).toContain('140');
  });

  it('gives whole seats exactly when the volume is a multiple of a seat', () => {
    expect(recommendEngagement({ hours_per_month: 280, pattern: 'steady' }).seats).toBe(2);
    expect(recommendEngagement({ hours_per_month: 140, pattern: 'steady' }).seats).toBe(1);
    expect(recommendEngagement({ hours_per_month: 141, pattern: 'steady' }).seats).toBe(2);
  });

  it('keeps one seat for steady work of at least half a seat, and goes per project below it', () => {
    expect(recommendEngagement({ hours_per_month: 70, pattern: 'steady' })).toMatchObject({ model: 'resource-support', seats: 1 });
    const small = recommendEngagement({ hours_per_month: 69, pattern: 'steady' });
    expect(small).toMatchObject({ model: 'project-support', seats: null });
    expect(small.why).toContain('sit idle');
    expect(recommendEngagement({ hours_per_month: 0, pattern: 'steady' }).model).toBe('project-support');
  });

  it('buys seasonal and project work per project, whatever the hours', () => {
    for (const pattern of ['seasonal', 'project'] as const) {
      const e = recommendEngagement({ hours_per_month: 2000, pattern });
      expect(e).toMatchObject({ model: 'project-support', seats: null });
      expect(e.why).toContain('per project');
    }
  });

  it('decides nothing without a volume, and says what to add', () => {
    const e = recommendEngagement(undefined);
    expect(e).toMatchObject({ model: null, seats: null });
    expect(e.why).toContain('volume: { hours_per_month, pattern }');
  });

  it('takes productive hours per seat and the share of a seat from the rules', () => {
    const method = methodFrom('extends: default\nengagement:\n  hours_per_seat: 100\n  min_seat_share: 0.9\n');
    expect(method.engagement).toEqual({ hours_per_seat: 100, min_seat_share: 0.9 });
    expect(recommendEngagement({ hours_per_month: 300, pattern: 'steady' }, method.engagement).seats).toBe(3);
    expect(recommendEngagement({ hours_per_month: 85, pattern: 'steady' }, method.engagement).model).toBe('project-support');
    // A partial override keeps the default for the rest.
    expect(methodFrom('extends: default\nengagement: { hours_per_seat: 160 }\n').engagement).toEqual({ ...DEFAULT_ENGAGEMENT_RULES, hours_per_seat: 160 });
    expect(defaultMethod().engagement).toEqual(DEFAULT_ENGAGEMENT_RULES);
  });

  it('rejects hours per seat that are not positive, at their line', () => {
    const errors = rulesErrors('extends: default\nengagement:\n  hours_per_seat: 0\n');
    expect(errors[0]).toMatchObject({ file: 'user.yaml', line: 3 });
    expect(errors[0]?.message).toContain('hours_per_seat');
  });

  it('is part of the evaluation of outsource processes only', () => {
    const method = defaultMethod();
    const volume = { hours_per_month: 420, pattern: 'steady' as const };
    const good = evaluateProcess(proc('a', passingAnswers(), { volume }), method);
    expect(good.engagement).toMatchObject({ model: 'resource-support', seats: 3 });
    const kept = evaluateProcess(proc('b', passingAnswers({ core_competency: 5 }), { volume }), method);
    expect(kept.verdict).toBe('keep');
    expect(kept.engagement).toBeUndefined();
    expect(kept.location).toBeUndefined();
  });

  it('reads volume from an inventory and rejects a bad pattern at its line', () => {
    const method = defaultMethod();
    const text = toYaml({ processes: [proc('a', passingAnswers(), { volume: { hours_per_month: 200, pattern: 'steady' } })] });
    const loaded = loadInventory(text, 'inv.yaml', method);
    expect(loaded.ok && loaded.value.processes[0]?.volume).toEqual({ hours_per_month: 200, pattern: 'steady' });
    const assessment = loaded.ok ? evaluateInventory(loaded.value, method) : undefined;
    expect(assessment?.shortlist[0]?.engagement?.seats).toBe(2);

    const bad = 'processes:\n  - id: a\n    name: A\n    volume: { hours_per_month: 10, pattern: weekly }\n';
    const result = loadInventory(bad, 'inv.yaml', method);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ line: 4 });
      expect(result.errors[0]?.message).toContain('pattern');
    }
    const negative = loadInventory('processes:\n  - id: a\n    name: A\n    volume: { hours_per_month: -5, pattern: steady }\n', 'inv.yaml', method);
    expect(negative.ok).toBe(false);
  });
});
