import type { Method } from '../method.js';
import { CROSS_OUT_STEPS } from '../method.js';

export interface EffectiveWeight {
  criterion: string;
  effect: 'raises' | 'lowers';
  weight: number;
  /** Share of the score the weight claims, in percent. */
  nominal: number;
  /** The answers a candidate can still have once the gates of steps 3-5 have crossed out the rest. */
  range: [number, number];
  /**
   * Share of the score the criterion can actually move on the shortlist, in
   * percent: its weight times the part of the scale the gates leave open.
   * This is what decides the ranking (swing weighting).
   */
  effective: number;
}

/**
 * A gate that crosses a process out cuts the range a candidate can have: the
 * shortlist never holds core_competency 4 or 5, so core competency can only
 * move a candidate's score by what its values 1-3 are worth. Gates that a
 * `separable` answer lifts do not cut: a split candidate keeps those values.
 */
export function effectiveWeights(method: Method): EffectiveWeight[] {
  const { min, max } = method.scale;
  const total = method.totalWeight;
  const rows = method.priority.map((p) => {
    let lo = min;
    let hi = max;
    for (const step of CROSS_OUT_STEPS) {
      for (const g of method.gatesByStep[step]) {
        if (g.criterion !== p.criterion || g.unless !== undefined || typeof g.value !== 'number') continue;
        if (g.op === '>=') hi = Math.min(hi, g.value - 1);
        else if (g.op === '<=') lo = Math.max(lo, g.value + 1);
      }
    }
    const swing = hi >= lo ? (p.weight * (hi - lo)) / (max - min) : 0;
    return { p, range: [lo, hi] as [number, number], swing };
  });
  const swings = rows.reduce((s, r) => s + r.swing, 0);
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return rows.map(({ p, range, swing }) => ({
    criterion: p.criterion,
    effect: p.effect,
    weight: p.weight,
    nominal: total > 0 ? pct(p.weight / total) : 0,
    range,
    effective: swings > 0 ? pct(swing / swings) : 0,
  }));
}

/** "core_competency 1-3 on the shortlist: 13.3% of the score by weight, 9.1% in effect" */
export const describeEffectiveWeight = (w: EffectiveWeight): string =>
  `${w.criterion} ${w.range[0]}-${w.range[1]} on the shortlist: ${w.nominal.toFixed(1)}% of the score by weight, ${w.effective.toFixed(1)}% in effect`;
