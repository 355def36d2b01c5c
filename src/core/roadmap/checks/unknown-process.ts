import { limitedDidYouMean } from '../../../util/suggest.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const unknownProcess: Check = {
  id: 'unknown-process',
  severity: 'error',
  summary: 'an item names a process id that the inventory does not have, so nothing can be said about it',
  seed: '004 steps 1-2',
  fix: 'fix the id (the message suggests the closest one), or add the process to the inventory and answer its questions',
  check(ctx) {
    const hint = limitedDidYouMean();
    return perItem(ctx, (item, index) => {
      if (ctx.processes.has(item.process)) return;
      const guess = hint(item.process, ctx.processes.keys());
      return {
        path: ['items', index, 'process'],
        message: `process "${item.process}" is not in the inventory ${ctx.inventoryFile}${guess}; fix the id or add the process to the inventory`,
      };
    });
  },
};
