import { formatMoney } from '../../money/format.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const noBusinessCase: Check = {
  id: 'no-business-case',
  severity: 'warning',
  summary: 'an item whose process has a negative NPV over its term: handing it over costs more than it saves',
  seed: '002',
  fix: 'renegotiate the vendor price below the break-even price, lower the transition, or take the item off the roadmap (`outsource score INVENTORY --explain ID` shows the arithmetic)',
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const c = ctx.evaluations.get(item.process)?.business_case;
      if (!c || c.npv >= 0) return;
      const m = (x: number) => formatMoney(x, c.currency, false);
      const price =
        c.break_even_vendor_annual > 0
          ? `; it breaks even at a vendor price of ${m(c.break_even_vendor_annual)} a year (today ${m(c.vendor_annual)})`
          : '; no vendor price pays the transition and exit back within the term';
      return {
        path: ['items', index, 'process'],
        message: `process "${item.process}" has a negative NPV of ${m(c.npv)} over ${c.term_years} ${c.term_years === 1 ? 'year' : 'years'} (annual saving ${m(c.annual_saving)})${price}`,
      };
    });
  },
};
