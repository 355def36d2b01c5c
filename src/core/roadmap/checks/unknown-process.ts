import { closest } from '../../../util/suggest.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

/** Suggestions cost an edit distance per known id; a few are enough to catch typos. */
const MAX_SUGGESTIONS = 20;

export const unknownProcess: Check = {
  id: 'unknown-process',
  severity: 'error',
  summary: 'an item names a process id that the inventory does not have, so nothing can be said about it',
  seed: '004 steps 1-2',
  fix: 'fix the id (the message suggests the closest one), or add the process to the inventory and answer its questions',
  check(ctx) {
    let suggested = 0;
    return perItem(ctx, (item, index) => {
      if (ctx.processes.has(item.process)) return;
      const guess = suggested++ < MAX_SUGGESTIONS ? closest(item.process, ctx.processes.keys()) : undefined;
      return {
        path: ['items', index, 'process'],
        message: `process "${item.process}" is not in the inventory ${ctx.inventoryFile}${guess ? ` (did you mean "${guess}"?)` : ''}; fix the id or add the process to the inventory`,
      };
    });
  },
};
