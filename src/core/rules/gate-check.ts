import type { CriterionDef, GateDef, RulesFile } from './schema.js';

export interface ResolvedScale {
  min: number;
  max: number;
  high: number;
}

/**
 * The scale with its "high" resolved. A file that does not say what high is
 * gets the top quarter of its scale (4 on 1-5), which is what the roadmap
 * checks used before the rules could say it.
 */
export function scaleOf(raw: Pick<RulesFile, 'scale'>): ResolvedScale {
  const { min, max } = raw.scale;
  return { min, max, high: raw.scale.high ?? Math.ceil(min + (max - min) * 0.75) };
}

export interface GateProblem {
  field: 'op' | 'value';
  message: string;
}

/**
 * A gate must be monotone: a higher answer on a ">=" gate (a lower one on
 * "<=") can never pass where a lower one stops, which is what lets the
 * ranking, the sensitivity analysis and the "what unknowns still allow"
 * enumeration reason about intervals. "==" on a scale breaks that (risk 7
 * passes a "== 5" gate on a 1-7 scale), and a threshold off the scale is a
 * gate that can never fire.
 */
export function gateProblems(id: string, g: GateDef, type: 'scale' | 'flag', scale: ResolvedScale): GateProblem[] {
  if (type === 'flag') {
    if ((g.op !== 'is' && g.op !== '==') || typeof g.value !== 'boolean') {
      return [{ field: 'op', message: `gate "${id}" tests flag "${g.criterion}": use op: is (or "==") with value true or false` }];
    }
    return [];
  }
  if (g.op === 'is' || typeof g.value === 'boolean') {
    return [{ field: 'op', message: `gate "${id}" tests scale "${g.criterion}": use op ">=" or "<=" with a number` }];
  }
  if (g.op === '==') {
    return [{ field: 'op', message: `gate "${id}" tests scale "${g.criterion}" with "==", which is not monotone (an answer above ${String(g.value)} would pass it); use ">=" or "<="` }];
  }
  const value = g.value === 'high' ? scale.high : g.value;
  if (value < scale.min || value > scale.max) {
    return [{ field: 'value', message: `gate "${id}" threshold ${value} is outside the scale ${scale.min}-${scale.max}, so it can never fire` }];
  }
  return [];
}

/**
 * An accountability gate names a flag asked at its own step (so the walk
 * knows it when the gate fires) and says what stays in-house; only step 4
 * (cannot be outsourced) has such gates: a process kept for lack of
 * benefit or deferred for risk has no accountable part to keep.
 */
export function accountabilityProblems(id: string, g: GateDef, criteria: Record<string, CriterionDef>): { field: 'unless' | 'keeps'; message: string }[] {
  if (g.unless === undefined) {
    return g.keeps === undefined ? [] : [{ field: 'keeps', message: `gate "${id}" says what it keeps in-house but has no "unless" flag (e.g. unless: separable)` }];
  }
  const flag = criteria[g.unless];
  if (!flag) return [{ field: 'unless', message: `gate "${id}" is lifted by unknown criterion "${g.unless}"` }];
  if (flag.type !== 'flag' || flag.optional) return [{ field: 'unless', message: `gate "${id}" is lifted by "${g.unless}", which must be a flag that is not optional` }];
  if (g.step !== 4) return [{ field: 'unless', message: `gate "${id}" is at step ${g.step}; only step-4 gates can keep the accountable part in-house and hand out the rest` }];
  if (!flag.steps.includes(4)) return [{ field: 'unless', message: `gate "${id}" is lifted by "${g.unless}", which is not asked at step 4` }];
  if (g.keeps === undefined) return [{ field: 'unless', message: `gate "${id}" has "unless: ${g.unless}" but no "keeps:" saying what stays in-house` }];
  return [];
}
