import type { Evaluation } from '../../engine/evaluate.js';
import { isCandidate } from '../../method.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

/** "step 3: it gives ... in-house (core_competency = 5)" -> "it gives ... in-house; core_competency = 5" */
const plain = (message: string) => message.replace(/^step \d+: /, '').replace(/ \(([a-z0-9_]+ = [^()]*)\)$/, '; $1');

/** What stopped the process, naming the verdict, the step and every gate. */
export function describeStop(e: Evaluation): string {
  const [first, ...others] = e.reasons;
  if (!first) return `has verdict "${e.verdict}"`;
  const also = others.length > 0 ? `, also ${others.map((r) => `"${r.gate}"`).join(', ')}` : '';
  if (e.verdict === 'incomplete') {
    const unanswered = [...new Set(e.reasons.flatMap((r) => (r.criterion ? [r.criterion] : [])))].join(', ');
    return `has verdict "incomplete": stopped at step ${first.step} because ${unanswered} ${unanswered.includes(',') ? 'are' : 'is'} not answered (gate "${first.gate}"${also})`;
  }
  return `has verdict "${e.verdict}": stopped at step ${first.step} by gate "${first.gate}" (${plain(first.message)})${also}`;
}

export const processNotOutsource: Check = {
  id: 'process-not-outsource',
  severity: 'error',
  summary:
    'an item plans a process whose verdict in the inventory is neither `outsource` nor `split`: it was crossed out at step 3 (keep), 4 (retain) or 5 (defer), or its answers are incomplete',
  seed: '004 steps 3-5',
  fix: "take the item off the roadmap, or correct the process's answers in the inventory if they are wrong (`outsource score INVENTORY --explain ID` shows why)",
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const evaluation = ctx.evaluations.get(item.process);
      if (!evaluation || isCandidate(evaluation.verdict)) return;
      const action =
        evaluation.verdict === 'incomplete'
          ? 'answer it in the inventory before planning the process'
          : 'take it off the roadmap or revisit its answers in the inventory';
      return { path: ['items', index, 'process'], message: `process "${item.process}" ${describeStop(evaluation)}; ${action}` };
    });
  },
};
