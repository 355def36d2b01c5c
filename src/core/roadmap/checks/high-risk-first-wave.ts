import type { Check } from '../types.js';
import { perItem } from './per-item.js';
import { answerOf, highOnScale } from './thresholds.js';

export const highRiskFirstWave: Check = {
  id: 'high-risk-first-wave',
  severity: 'warning',
  summary: 'the first wave holds high-risk work (risk high or very high, or not answered): the first hand-over should be non-core, low-risk work',
  seed: '003; 004 steps 5-6',
  fix: 'move the item to a later wave, once the vendor has proved itself on low-risk work',
  check(ctx) {
    if (ctx.items.length === 0) return [];
    let first = Infinity;
    for (const item of ctx.items) first = Math.min(first, item.wave);
    const high = highOnScale(ctx.method);
    return perItem(ctx, (item, index) => {
      if (item.wave !== first) return;
      const process = ctx.processes.get(item.process);
      if (!process) return;
      const risk = answerOf(process.answers, 'risk');
      if (risk !== undefined && risk < high) return;
      const what = risk === undefined ? 'its risk is not answered' : `it is high-risk work (risk ${risk})`;
      return {
        path: ['items', index, 'wave'],
        message: `"${item.process}" is in the first wave (${first}) but ${what}; move it to a later wave and start with non-core, low-risk work`,
      };
    });
  },
};
