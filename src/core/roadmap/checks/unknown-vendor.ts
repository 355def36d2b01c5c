import { closest } from '../../../util/suggest.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

const MAX_SUGGESTIONS = 20;

export const unknownVendor: Check = {
  id: 'unknown-vendor',
  severity: 'error',
  summary: 'an item gives its process to a vendor id that is not defined under `vendors:`, so the vendor has no name or scope',
  seed: '001',
  fix: 'fix the vendor id, or add the vendor under `vendors:` with its name and scope',
  check(ctx) {
    let suggested = 0;
    return perItem(ctx, (item, index) => {
      if (ctx.vendors.has(item.vendor)) return;
      const guess = suggested++ < MAX_SUGGESTIONS ? closest(item.vendor, ctx.vendors.keys()) : undefined;
      return {
        path: ['items', index, 'vendor'],
        message: `vendor "${item.vendor}" is not defined under vendors:${guess ? ` (did you mean "${guess}"?)` : ''}; fix the id or add the vendor with its name and scope`,
      };
    });
  },
};
