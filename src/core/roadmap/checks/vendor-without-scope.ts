import type { Check, Hit } from '../types.js';

export const vendorWithoutScope: Check = {
  id: 'vendor-without-scope',
  severity: 'error',
  summary: 'a vendor has no defined scope: nobody has said what is expected of it or how it fits with the other vendors',
  seed: '001; 003',
  fix: 'give the vendor `scope:`, the functions or processes it is responsible for (a list, or one sentence)',
  check(ctx) {
    const hits: Hit[] = [];
    for (const [id, vendor] of ctx.vendors) {
      const scope = vendor?.scope;
      const empty = scope === undefined || scope === null || (Array.isArray(scope) ? scope.every((s) => s === '') : scope === '');
      if (!empty) continue;
      const hasKey = vendor !== null && vendor.scope !== undefined;
      hits.push({
        path: hasKey ? ['vendors', id, 'scope'] : ['vendors', id],
        key: true,
        vendor: id,
        message: `vendor "${id}" has no scope; list the functions or processes it is responsible for`,
      });
    }
    return hits;
  },
};
