import { decideVerdict } from '../engine/verdict.js';
import type { Method } from '../method.js';
import { STEP_VERDICTS, type CrossOutStep } from '../method.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { stopOf } from './next.js';
import type { InterviewState, ProcessState } from './state.js';

export const shown = (p: ProcessState): string => sanitize(truncate(p.name, 60));

/**
 * What a cross-out step did, e.g. "1 of 3 crossed out at step 3 (keep): ..."
 * with every reason, then what is undecided and what goes on.
 */
export function stepSummary(state: InterviewState, method: Method, step: CrossOutStep): string {
  const entrants = state.processes.filter((p) => {
    const stop = stopOf(p, method);
    return !stop || stop.step >= step;
  });
  if (entrants.length === 0) return `No process reached step ${step}.`;
  const crossed: string[] = [];
  const undecided: string[] = [];
  let goOn = 0;
  for (const p of entrants) {
    const { verdict, reasons } = decideVerdict(p.answers, method);
    const here = reasons[0]?.step === step;
    if (here && verdict === STEP_VERDICTS[step]) {
      const why = reasons.map((r) => r.message.replace(/^step \d+: /, '')).join('; ');
      crossed.push(`  - ${shown(p)}: ${why}`);
    } else if (here && verdict === 'incomplete') {
      undecided.push(`  - ${shown(p)}: don't know ${reasons.map((r) => r.criterion ?? r.gate).join(', ')}`);
    } else {
      goOn++;
    }
  }
  const n = entrants.length;
  const lines = [`${crossed.length} of ${n} crossed out at step ${step} (${STEP_VERDICTS[step]})${crossed.length > 0 ? ':' : '.'}`, ...crossed];
  if (undecided.length > 0) lines.push(`${undecided.length} of ${n} undecided at step ${step} (verdict incomplete until answered):`, ...undecided);
  lines.push(`${goOn} of ${n} go${goOn === 1 ? 'es' : ''} on to step ${step + 1}.`);
  return lines.join('\n');
}
