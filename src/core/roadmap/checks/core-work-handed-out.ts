import type { Check } from '../types.js';
import { perItem } from './per-item.js';
import { answerOf, highOnScale } from './thresholds.js';

const STRATEGY = /(^|[^a-z])strateg(y|ies|ic)([^a-z]|$)/i;

export const coreWorkHandedOut: Check = {
  id: 'core-work-handed-out',
  severity: 'error',
  summary: 'an item hands out strategy or core work: the process is named as strategy, or its core_competency is high',
  seed: '003; 002; 004 step 3',
  fix: 'keep the strategy in-house and outsource only its execution: split the process in the inventory and plan the execution part',
  check(ctx) {
    const high = highOnScale(ctx.method);
    return perItem(ctx, (item, index) => {
      const process = ctx.processes.get(item.process);
      if (!process) return;
      const core = answerOf(process.answers, 'core_competency');
      const why: string[] = [];
      if (STRATEGY.test(process.id) || STRATEGY.test(process.name) || STRATEGY.test(process.function ?? '')) why.push('strategy work');
      if (core !== undefined && core >= high) why.push(`core work (core_competency ${core})`);
      if (why.length === 0) return;
      return { path: ['items', index, 'process'], message: `"${item.process}" is ${why.join(' and ')}; keep it in-house and hand out only its execution` };
    });
  },
};
