import { keptSummary } from '../../engine/kept.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const splitWithoutOwner: Check = {
  id: 'split-without-owner',
  severity: 'error',
  summary:
    'an item hands out the execution of a `split` process but names nobody in-house for the accountable part that stays (sign-off, compliance, the client relationship)',
  seed: '004; 002',
  fix: "add `in_house_owner:` to the item with the person or role who keeps the accountable part and checks the vendor's work",
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const evaluation = ctx.evaluations.get(item.process);
      if (evaluation?.verdict !== 'split') return;
      if (item.in_house_owner) return;
      return {
        path: item.in_house_owner === undefined ? ['items', index, 'process'] : ['items', index, 'in_house_owner'],
        key: item.in_house_owner !== undefined,
        message: `"${item.process}" is a split: ${keptSummary(evaluation)}; the item names nobody in-house for that part: add in_house_owner:`,
      };
    });
  },
};
