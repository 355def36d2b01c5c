import type { Check, Hit } from '../types.js';

export const processTwoVendors: Check = {
  id: 'process-two-vendors',
  severity: 'error',
  summary: 'one process is given to two or more vendors: nobody owns the outcome ("too many cooks spoil the broth")',
  seed: '001',
  fix: 'give each process to one vendor; if the work really splits, split the process in the inventory first and plan each part',
  check(ctx) {
    const hits: Hit[] = [];
    const first = new Map<string, { vendor: string; index: number }>();
    ctx.items.forEach((item, index) => {
      const seen = first.get(item.process);
      if (!seen) {
        first.set(item.process, { vendor: item.vendor, index });
        return;
      }
      if (seen.vendor === item.vendor) return;
      const line = ctx.lineOf(['items', seen.index]);
      hits.push({
        path: ['items', index, 'vendor'],
        process: item.process,
        vendor: item.vendor,
        item: index,
        message: `process "${item.process}" is also given to vendor "${seen.vendor}"${line ? ` (line ${line})` : ''}; give each process to one vendor`,
      });
    });
    return hits;
  },
};
