import type { Check } from '../types.js';
import { perItem } from './per-item.js';

export const engagementMismatch: Check = {
  id: 'engagement-mismatch',
  severity: 'info',
  summary:
    'an item buys the work under a different engagement model than its volume suggests (seats for work that comes in bursts, or per project for work that fills seats)',
  seed: '000',
  fix: "use the recommended model (resource-support per seat for steady volume, project-support per project otherwise), or correct the process's volume in the inventory",
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const engagement = ctx.evaluations.get(item.process)?.engagement;
      if (!engagement?.model || engagement.model === item.engagement) return;
      return {
        path: ['items', index, 'engagement'],
        message: `"${item.process}" is bought as ${item.engagement}, but ${engagement.model} fits its volume: ${engagement.why}; consider switching`,
      };
    });
  },
};
