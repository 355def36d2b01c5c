import type { Metric } from '../../inventory/types.js';
import { sanitize, truncate } from '../../../util/sanitize.js';
import type { Check } from '../types.js';
import { perItem, type Draft } from './per-item.js';

const show = (text: string) => sanitize(truncate(text, 60));
const hasValue = (v: number | null | undefined): v is number => typeof v === 'number';

/** "(the inventory has turnaround: 48 hours)": the baseline the inventory already measured. */
function inventoryHint(metrics: readonly Metric[] | undefined, name?: string): string {
  const known = (metrics ?? []).filter((m) => m.baseline !== undefined && (name === undefined || m.name.toLowerCase() === name.toLowerCase()));
  const first = known[0];
  if (!first) return '';
  return ` (the inventory's baseline for ${show(first.name)} is ${first.baseline} ${show(first.unit)})`;
}

export const missingMetrics: Check = {
  id: 'missing-metrics',
  severity: 'error',
  summary: 'an item has no SLA, or an SLA without a baseline or a target, so the vendor cannot be measured or managed',
  seed: '004 step 7; 001',
  fix: "give the item `slas:` with metric, unit, baseline (today's value) and target (what the vendor commits to)",
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const metrics = ctx.processes.get(item.process)?.metrics;
      const slas = item.slas ?? [];
      if (slas.length === 0) {
        const present = item.slas !== undefined;
        return {
          path: present ? ['items', index, 'slas'] : ['items', index],
          key: present,
          message: `"${item.process}" has no SLA; add slas with metric, unit, baseline and target so the vendor can be measured${inventoryHint(metrics)}`,
        };
      }
      const drafts: Draft[] = [];
      slas.forEach((sla, j) => {
        const noBaseline = !hasValue(sla.baseline);
        const noTarget = !hasValue(sla.target);
        if (!noBaseline && !noTarget) return;
        const baselineTodo = `measure today's value as the baseline${inventoryHint(metrics, sla.metric)}`;
        const message =
          noBaseline && noTarget
            ? `has no baseline and no target; ${baselineTodo} and set the target the vendor commits to`
            : noBaseline
              ? `has no baseline; ${baselineTodo}`
              : 'has no target; add the target the vendor commits to';
        drafts.push({ path: ['items', index, 'slas', j], message: `SLA "${show(sla.metric)}" of "${item.process}" ${message}` });
      });
      return drafts;
    });
  },
};
