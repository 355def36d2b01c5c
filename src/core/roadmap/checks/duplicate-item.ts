import type { Check, Hit } from '../types.js';

export const duplicateItem: Check = {
  id: 'duplicate-item',
  severity: 'warning',
  summary: 'the same process is planned twice with the same vendor, so its waves and SLAs disagree',
  seed: '004 step 1',
  fix: 'merge the two items into one, with one wave and one set of SLAs',
  check(ctx) {
    const hits: Hit[] = [];
    const first = new Map<string, number>();
    ctx.items.forEach((item, index) => {
      const key = `${item.process}\u0000${item.vendor}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, index);
        return;
      }
      const line = ctx.lineOf(['items', seen]);
      hits.push({
        path: ['items', index, 'process'],
        process: item.process,
        vendor: item.vendor,
        item: index,
        message: `process "${item.process}" is already planned with vendor "${item.vendor}"${line ? ` at line ${line}` : ''}; merge the two items`,
      });
    });
    return hits;
  },
};
