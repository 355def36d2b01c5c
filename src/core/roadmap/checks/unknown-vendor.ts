import { limitedDidYouMean } from '../../../util/suggest.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const unknownVendor: Check = {
  id: 'unknown-vendor',
  severity: 'error',
  summary: 'an item gives its process to a vendor id that is not defined under `vendors:`, so the vendor has no name or scope',
  seed: '001',
  fix: 'fix the vendor id, or add the vendor under `vendors:` with its name and scope',
  check(ctx) {
    const hint = limitedDidYouMean();
    return perItem(ctx, (item, index) => {
      if (ctx.vendors.has(item.vendor)) return;
      const guess = hint(item.vendor, ctx.vendors.keys());
      return {
        path: ['items', index, 'vendor'],
        message: `vendor "${item.vendor}" is not defined under vendors:${guess}; fix the id or add the vendor with its name and scope`,
      };
    });
  },
};
