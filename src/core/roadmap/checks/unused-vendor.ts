import type { Check, Hit } from '../types.js';

export const unusedVendor: Check = {
  id: 'unused-vendor',
  severity: 'info',
  summary: 'a vendor is defined but no item gives it any work',
  seed: '001',
  fix: 'plan its work in `items:`, or remove the vendor',
  check(ctx) {
    const used = new Set(ctx.items.map((item) => item.vendor));
    const hits: Hit[] = [];
    for (const id of ctx.vendors.keys()) {
      if (used.has(id)) continue;
      hits.push({ path: ['vendors', id], key: true, vendor: id, message: `vendor "${id}" has no items; plan its work or remove it` });
    }
    return hits;
  },
};
