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
 * The status of an SLA from its first `end` values in time order (oldest
 * first): red when the latest misses the target by more than the tolerance
 * or is worse than the baseline; amber on a near miss, or on target with each
 * of the last `changes` changes for the worse; green otherwise. No text is
 * built here: earlier periods are judged often and cheaply.
 */
export function statusAt(values: readonly number[], end: number, sla: SlaTerms, changes: number): Status {
  const latest = values[end - 1];
  if (latest === undefined || end < 1) return 'no-data';
  const { target, baseline, better } = sla;
  if (target === null) return 'no-data';
  if (baseline !== null && worseBy(latest, baseline, better) > slack(baseline)) return 'red';
  const miss = worseBy(latest, target, better);
  if (miss > slack(target)) return miss <= sla.tolerance * Math.abs(target) + slack(target) ? 'amber' : 'red';
  return worseningRun(values, end, better, changes) ? 'amber' : 'green';
}

/** Whether each of the last `changes` changes before `end` was for the worse. */
function worseningRun(values: readonly number[], end: number, better: Better, changes: number): boolean {
  if (end < changes + 1) return false;
  for (let i = end - changes; i < end; i++) {
    const now = values[i] ?? 0;
    if (!(worseBy(now, values[i - 1] ?? now, better) > slack(now))) return false;
  }
  return true;
}

/** The status of the latest value, and a reason that gives the numbers. */
export function statusOf(values: readonly number[], sla: SlaTerms, changes: number): StatusOutcome {
  const status = statusAt(values, values.length, sla, changes);
  const latest = values.at(-1);
  if (latest === undefined) return { status, reason: 'no actual for this SLA yet' };
  const { target, baseline, better, unit } = sla;
  if (target === null) return { status, reason: `latest ${n(latest)} ${unit}, but the SLA has no target to measure it against` };
  const way = `${better} is better`;
  if (baseline !== null && worseBy(latest, baseline, better) > slack(baseline)) {
    return { status, reason: `latest ${n(latest)} ${unit} is worse than the baseline ${n(baseline)} (${way}; target ${n(target)})` };
  }
  const miss = worseBy(latest, target, better);
  if (miss > slack(target)) {
    const tolerance = `the tolerance ${n(sla.tolerance * Math.abs(target))} (${n(sla.tolerance * 100)}% of ${n(Math.abs(target))})`;
    return {
      status,
      reason: `latest ${n(latest)} ${unit} misses the target ${n(target)} by ${n(miss)}, ${status === 'amber' ? 'within' : 'more than'} ${tolerance}`,
    };
  }
  if (status === 'amber') {
    return {
      status,
      reason: `latest ${n(latest)} ${unit} meets the target ${n(target)}, but each of the last ${changes} changes was for the worse (${values
        .slice(-(changes + 1))
        .map(n)
        .join(' → ')})`,
    };
  }
  return { status, reason: `latest ${n(latest)} ${unit} meets the target ${n(target)} (${way})` };
}
