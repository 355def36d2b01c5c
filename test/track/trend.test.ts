/** The trend and its projection on synthetic series: flat, noisy, linear, step changes. */
import { describe, expect, it } from 'vitest';
import { trendOf } from '../../src/core/tracking/trend.js';
import { parsePeriod } from '../../src/core/tracking/period.js';
import { trendWords } from '../../src/reporters/track/words.js';

const JAN_2025 = parsePeriod('2025-01')!.months;
const series = (values: number[]) => values.map((y, i) => ({ x: JAN_2025 + i, y }));

describe('trendOf', () => {
  it('a flat series has no slope and no crossing', () => {
    expect(trendOf(series([10, 10, 10, 10, 10, 10]), 12, 'lower', 6, 12)).toEqual({ slope: 0, points: 6, direction: 'flat', crossing: null });
  });

  it('noise around a level is no trend, so it raises no alarm', () => {
    const t = trendOf(series([10, 10.4, 9.7, 10.3, 9.8, 10.2]), 10.5, 'lower', 6, 12);
    expect(t?.direction).toBe('flat');
    expect(t?.crossing).toBeNull();
  });

  it('a steady worsening on target projects the month it crosses', () => {
    const t = trendOf(series([6, 7, 8, 9]), 12, 'lower', 6, 12);
    expect(t?.slope).toBeCloseTo(1, 10);
    expect(t?.direction).toBe('worsening');
    expect(t?.crossing).toEqual({ period: '2025-07', months: 3, to: 'miss' });
  });

  it('the same for higher is better', () => {
    const t = trendOf(series([99, 98, 97, 96]), 93, 'higher', 6, 12);
    expect(t?.crossing).toEqual({ period: '2025-07', months: 3, to: 'miss' });
  });

  it('a step change for the worse is a trend, with a crossing soon', () => {
    const t = trendOf(series([8, 8, 8, 11, 11, 11]), 12, 'lower', 6, 12);
    expect(t?.direction).toBe('worsening');
    expect(t?.crossing).toEqual({ period: '2025-07', months: 1, to: 'miss' });
  });

  it('a step change for the better is improving; off target, it says when the target is reached', () => {
    const t = trendOf(series([20, 18, 16, 14]), 10, 'lower', 6, 12);
    expect(t?.direction).toBe('improving');
    expect(t?.crossing).toEqual({ period: '2025-06', months: 2, to: 'meet' });
  });

  it('fits only the window, and shows no crossing beyond the horizon', () => {
    expect(trendOf(series([30, 20, 10, 10, 10, 10]), 12, 'lower', 4, 12)?.direction).toBe('flat');
    const slow = trendOf(series([10, 10.1, 10.2, 10.3]), 12, 'lower', 6, 12);
    expect(slow?.direction).toBe('worsening');
    expect(slow?.crossing).toBeNull();
  });

  it('needs two points', () => {
    expect(trendOf(series([10]), 12, 'lower', 6, 12)).toBeNull();
  });

  it('dates fall within their month', () => {
    const points = ['2025-01-15', '2025-02-15', '2025-03-15'].map((p, i) => ({ x: parsePeriod(p)!.months, y: 6 + i }));
    expect(trendOf(points, 10, 'lower', 6, 12)?.crossing?.months).toBe(2);
  });
});

describe('the words in the table', () => {
  it('"on target, crossing in ~3 months"', () => {
    const trend = trendOf(series([6, 7, 8, 9]), 12, 'lower', 6, 12);
    expect(trendWords({ status: 'green', trend, latest: { period: '2025-04', value: 9 }, target: 12, better: 'lower' })).toBe(
      'on target, crossing in ~3 months',
    );
  });
  it('"off target, reaching it in ~2 months" and "on target, steady"', () => {
    expect(
      trendWords({
        status: 'red',
        trend: trendOf(series([20, 18, 16, 14]), 10, 'lower', 6, 12),
        latest: { period: '2025-04', value: 14 },
        target: 10,
        better: 'lower',
      }),
    ).toBe('off target, reaching it in ~2 months');
    expect(
      trendWords({
        status: 'green',
        trend: trendOf(series([5, 5, 5]), 10, 'lower', 6, 12),
        latest: { period: '2025-03', value: 5 },
        target: 10,
        better: 'lower',
      }),
    ).toBe('on target, steady');
  });
});
