import type { Better } from '../metrics/direction.js';
import { showNumber as n, slack } from './numbers.js';

export const STATUSES = ['green', 'amber', 'red', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];

/** What the status rules need to know about an SLA. */
export interface SlaTerms {
  baseline: number | null;
  target: number | null;
  better: Better;
  tolerance: number;
  unit: string;
}

export interface StatusOutcome {
  status: Status;
  reason: string;
}

/** How much `value` is worse than `than` (negative when better). */
const worseBy = (value: number, than: number, better: Better): number => (better === 'lower' ? value - than : than - value);

/**
 * The status of an SLA from its values in time order (oldest first):
 * red when the latest misses the target by more than the tolerance or is
 * worse than the baseline; amber on a near miss, or on target with each of
 * the last `changes` changes for the worse; green otherwise.
 */
export function statusOf(values: readonly number[], sla: SlaTerms, changes: number): StatusOutcome {
  const latest = values.at(-1);
  if (latest === undefined) return { status: 'no-data', reason: 'no actual for this SLA yet' };
  if (sla.target === null) return { status: 'no-data', reason: `latest ${n(latest)} ${sla.unit}, but the SLA has no target to measure it against` };
  const { target, baseline, better, unit } = sla;
  const way = `${better} is better`;
  if (baseline !== null && worseBy(latest, baseline, better) > slack(baseline)) {
    return { status: 'red', reason: `latest ${n(latest)} ${unit} is worse than the baseline ${n(baseline)} (${way}; target ${n(target)})` };
  }
  const miss = worseBy(latest, target, better);
  if (miss > slack(target)) {
    const allowed = sla.tolerance * Math.abs(target);
    const tolerance = `the tolerance ${n(allowed)} (${n(sla.tolerance * 100)}% of ${n(Math.abs(target))})`;
    return miss <= allowed + slack(target)
      ? { status: 'amber', reason: `latest ${n(latest)} ${unit} misses the target ${n(target)} by ${n(miss)}, within ${tolerance}` }
      : { status: 'red', reason: `latest ${n(latest)} ${unit} misses the target ${n(target)} by ${n(miss)}, more than ${tolerance}` };
  }
  const recent = values.slice(-(changes + 1));
  const allWorse = recent.length === changes + 1 && recent.every((v, i) => i === 0 || worseBy(v, recent[i - 1] ?? v, better) > slack(v));
  if (allWorse) {
    return { status: 'amber', reason: `latest ${n(latest)} ${unit} meets the target ${n(target)}, but each of the last ${changes} changes was for the worse (${recent.map(n).join(' → ')})` };
  }
  return { status: 'green', reason: `latest ${n(latest)} ${unit} meets the target ${n(target)} (${way})` };
}
