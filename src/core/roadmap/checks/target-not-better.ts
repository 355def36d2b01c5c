import { sanitize, truncate } from '../../../util/sanitize.js';
import { slaDirection } from '../sla-direction.js';
import type { Check } from '../types.js';
import { perItem, type Draft } from './per-item.js';

const show = (text: string) => sanitize(truncate(text, 60));

export const targetNotBetter: Check = {
  id: 'target-not-better',
  severity: 'error',
  summary: 'an SLA whose target is not better than its baseline, or whose direction (lower or higher is better) nobody states',
  seed: '004 step 7',
  fix: "set a target better than today's baseline in the metric's direction; for a metric the catalogue does not know, add `better: lower` or `better: higher`",
  check(ctx) {
    // Without the catalogue (a library caller) only an explicit `better:` can be judged.
    const catalogue = ctx.method.metricDirections;
    return perItem(ctx, (item, index) => {
      const drafts: Draft[] = [];
      (item.slas ?? []).forEach((sla, j) => {
        const better = slaDirection(sla, ctx.processes.get(item.process)?.metrics, catalogue);
        const name = `SLA "${show(sla.metric)}" of "${item.process}"`;
        if (better === undefined) {
          if (catalogue)
            drafts.push({
              path: ['items', index, 'slas', j],
              message: `${name}: the metric catalogue does not know whether lower or higher is better, so its target cannot be judged; add better: lower or better: higher`,
            });
          return;
        }
        if (typeof sla.baseline !== 'number' || typeof sla.target !== 'number') return;
        const improves = better === 'lower' ? sla.target < sla.baseline : sla.target > sla.baseline;
        if (improves) return;
        const way = better === 'lower' ? 'lower' : 'higher';
        drafts.push({
          path: ['items', index, 'slas', j, 'target'],
          message: `${name}: the target ${sla.target} ${show(sla.unit)} is not better than the baseline ${sla.baseline} (${way} is better); the vendor would be held to no improvement`,
        });
      });
      return drafts;
    });
  },
};
