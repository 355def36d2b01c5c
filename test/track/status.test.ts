/** Each status rule on both sides of its boundary, for a lower-is-better and a higher-is-better SLA. */
import { describe, expect, it } from 'vitest';
import { statusOf, type SlaTerms } from '../../src/core/tracking/status.js';

const lower: SlaTerms = { baseline: 20, target: 10, better: 'lower', tolerance: 0.1, unit: 'hours' };
const higher: SlaTerms = { baseline: 80, target: 90, better: 'higher', tolerance: 0.1, unit: '%' };
const status = (values: number[], sla: SlaTerms) => statusOf(values, sla, 3).status;

describe('lower is better (target 10, baseline 20, tolerance 10%)', () => {
  it('green at the target, amber just past it', () => {
    expect(status([10], lower)).toBe('green');
    expect(status([10.01], lower)).toBe('amber');
  });
  it('amber at the edge of the tolerance, red just past it', () => {
    expect(status([11], lower)).toBe('amber');
    expect(status([11.01], lower)).toBe('red');
  });
  it('red when worse than the baseline, even within the tolerance', () => {
    const close = { ...lower, baseline: 10.5 };
    expect(status([10.5], close)).toBe('amber');
    expect(status([10.51], close)).toBe('red');
  });
  it('on target: amber after three changes for the worse, green after two', () => {
    expect(status([6, 7, 8, 9], lower)).toBe('amber');
    expect(status([7, 7, 8, 9], lower)).toBe('green');
    expect(status([8, 7, 8, 9], lower)).toBe('green');
  });
});

describe('higher is better (target 90, baseline 80, tolerance 10%)', () => {
  it('green at the target, amber just short of it', () => {
    expect(status([90], higher)).toBe('green');
    expect(status([89.99], higher)).toBe('amber');
  });
  it('amber at the edge of the tolerance, red just past it', () => {
    expect(status([81], higher)).toBe('amber');
    expect(status([80.99], higher)).toBe('red');
  });
  it('red when worse than the baseline, even within the tolerance', () => {
    const close = { ...higher, baseline: 85 };
    expect(status([85], close)).toBe('amber');
    expect(status([84.99], close)).toBe('red');
  });
  it('on target: amber after three changes for the worse, green after two', () => {
    expect(status([99, 97, 95, 93], higher)).toBe('amber');
    expect(status([97, 97, 95, 93], higher)).toBe('green');
  });
});

describe('no data, and the reasons', () => {
  it('no-data without actuals or without a target', () => {
    expect(status([], lower)).toBe('no-data');
    expect(status([5], { ...lower, target: null })).toBe('no-data');
  });
  it('each reason gives the numbers', () => {
    expect(statusOf([11.5], lower, 3).reason).toBe('latest 11.5 hours misses the target 10 by 1.5, more than the tolerance 1 (10% of 10)');
    expect(statusOf([10.5], lower, 3).reason).toBe('latest 10.5 hours misses the target 10 by 0.5, within the tolerance 1 (10% of 10)');
    expect(statusOf([25], lower, 3).reason).toBe('latest 25 hours is worse than the baseline 20 (lower is better; target 10)');
    expect(statusOf([6, 7, 8, 9], lower, 3).reason).toBe(
      'latest 9 hours meets the target 10, but each of the last 3 changes was for the worse (6 → 7 → 8 → 9)',
    );
    expect(statusOf([95], higher, 3).reason).toBe('latest 95 % meets the target 90 (higher is better)');
  });
  it('the tolerance is a share of |target|, so a negative target works too', () => {
    const margin: SlaTerms = { baseline: -20, target: -10, better: 'higher', tolerance: 0.1, unit: 'EUR' };
    expect(status([-11], margin)).toBe('amber');
    expect(status([-11.5], margin)).toBe('red');
  });
});
