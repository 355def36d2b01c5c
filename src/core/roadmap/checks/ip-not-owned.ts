import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const ipNotOwned: Check = {
  id: 'ip-not-owned',
  severity: 'error',
  summary: 'an item does not say that the organisation owns the intellectual property of the work (ip_owner is vendor, shared or missing)',
  seed: '000',
  fix: 'set `ip_owner: organisation` and make the contract say so: work produced for the organisation remains its property',
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const owner = item.ip_owner;
      if (owner === 'organisation') return;
      if (owner === undefined || owner === null) {
        return {
          path: owner === null ? ['items', index, 'ip_owner'] : ['items', index],
          key: owner === null,
          message: `"${item.process}" does not say who owns the work's intellectual property; add ip_owner: organisation`,
        };
      }
      const who = owner === 'vendor' ? `vendor "${item.vendor}"` : `the organisation and vendor "${item.vendor}" together`;
      return {
        path: ['items', index, 'ip_owner'],
        message: `the intellectual property of work on "${item.process}" would belong to ${who}; set ip_owner: organisation and put it in the contract`,
      };
    });
  },
};
