import { describe, expect, it } from 'vitest';
import { effectiveWeights } from '../../src/core/engine/effective-weights.js';
import { interviewWeights, type Question } from '../../src/core/ahp/weights-interview.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';

const method = defaultMethod();

describe('effective step-6 weights', () => {
  it('cut each criterion to the range the gates leave on the shortlist and share the score by swing', () => {
    const rows = new Map(effectiveWeights(method).map((w) => [w.criterion, w]));
    expect(rows.get('core_competency')).toMatchObject({ weight: 2, range: [1, 3], nominal: 13.3 });
    expect(rows.get('benefit')?.range).toEqual([2, 5]);
    expect(rows.get('risk')?.range).toEqual([1, 3]);
    expect(rows.get('domain_expertise')?.range).toEqual([1, 4]);
    expect(rows.get('repetitiveness')?.range).toEqual([1, 5]);
    // Swings: core 2*2/4, benefit 3*3/4, risk 3*2/4, domain 2*3/4, inaction 2, tech 1, repetitiveness 2 = 11.25
    expect(rows.get('core_competency')?.effective).toBe(8.9);
    expect(rows.get('repetitiveness')?.effective).toBe(17.8);
    expect([...rows.values()].reduce((s, w) => s + w.effective, 0)).toBeCloseTo(100, 0);
  });

  it('follow the gates of the rules: switched off, a criterion gets its whole range back', () => {
    const open = methodFrom('extends: default\ngates:\n  competitive-advantage: { enabled: false }\n');
    expect(effectiveWeights(open).find((w) => w.criterion === 'core_competency')?.range).toEqual([1, 5]);
  });

  it('the weights interview shows each range when it asks which matters more', async () => {
    const asked: Question[] = [];
    await interviewWeights(
      method,
      (q) => {
        asked.push(q);
        return Promise.resolve(1);
      },
      { say: () => undefined },
    );
    expect(asked[0]?.message).toContain('core competency (a high answer lowers the priority, 1-3 on the shortlist)');
    expect(asked.some((q) => q.message.includes('benefit (a high answer raises the priority, 2-5 on the shortlist)'))).toBe(true);
  });
});
