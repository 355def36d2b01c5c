import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const missingCost: Check = {
  id: 'missing-cost',
  severity: 'info',
  summary: 'an item without a business case while other items have one: the programme total leaves it out',
  seed: '002',
  fix: 'give the process `cost:` in the inventory, or the `volume:` and `rates:` its cost is derived from (docs/business-case.md)',
  check(ctx) {
    const priced = ctx.items.some((item) => ctx.evaluations.get(item.process)?.business_case !== undefined);
    if (!priced) return [];
    return perItem(ctx, (item, index) => {
      const gap = ctx.evaluations.get(item.process)?.money_gap;
      if (gap === undefined) return;
      return { path: ['items', index, 'process'], message: `process "${item.process}" has no business case, so the programme's money leaves it out: ${gap}` };
    });
  },
};
