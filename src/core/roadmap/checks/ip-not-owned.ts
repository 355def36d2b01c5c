import type { Check, Hit } from '../types.js';

export const ipNotOwned: Check = {
  id: 'ip-not-owned',
  severity: 'error',
  summary: 'an item does not say that the organisation owns the intellectual property of the work (ip_owner is vendor, shared or missing)',
  seed: '000',
  fix: 'set `ip_owner: organisation` and make the contract say so: work produced for the organisation remains its property',
  check(ctx) {
    const hits: Hit[] = [];
    ctx.items.forEach((item, index) => {
      const owner = item.ip_owner;
      if (owner === 'organisation') return;
      const subject = { process: item.process, vendor: item.vendor, item: index };
      if (owner === undefined || owner === null) {
        hits.push({
          ...subject,
          path: owner === null ? ['items', index, 'ip_owner'] : ['items', index],
          key: owner === null,
          message: `"${item.process}" does not say who owns the work's intellectual property; add ip_owner: organisation`,
        });
        return;
      }
      const who = owner === 'vendor' ? `vendor "${item.vendor}"` : `the organisation and vendor "${item.vendor}" together`;
      hits.push({
        ...subject,
        path: ['items', index, 'ip_owner'],
        message: `the intellectual property of work on "${item.process}" would belong to ${who}; set ip_owner: organisation and put it in the contract`,
      });
    });
    return hits;
  },
};
