import type { Check } from '../types.js';
import { perItem } from './per-item.js';

const DISTANCE = { onshore: 0, nearshore: 1, offshore: 2 } as const;

export const locationMismatch: Check = {
  id: 'location-mismatch',
  severity: 'warning',
  summary:
    'an item sends work farther away than right-shoring recommends for its process (e.g. offshore when its data, language or customer contact keep it onshore)',
  seed: '002',
  fix: 'move the item to the recommended location, or revisit the answers that keep the work close (`outsource score INVENTORY --explain ID`)',
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const recommended = ctx.evaluations.get(item.process)?.location?.recommended;
      if (!recommended || DISTANCE[item.location] <= DISTANCE[recommended]) return;
      const why = ctx.evaluations.get(item.process)?.location?.why ?? '';
      return {
        path: ['items', index, 'location'],
        message: `"${item.process}" goes ${item.location}, but right-shoring keeps it ${recommended} because ${why}; move it ${recommended} or revisit those answers`,
      };
    });
  },
};
