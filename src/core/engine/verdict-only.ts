import type { Answers, Method, Verdict } from '../method.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS } from '../method.js';
import { gateFires } from './verdict.js';

/**
 * The verdict of `decideVerdict`, without its reasons: the same walk of
 * steps 3, 4 and 5, building no message. For a pass that only ranks (the
 * first reading of a large file); a property test holds the two together.
 */
export function verdictOnly(answers: Answers, method: Method): Verdict {
  let kept = false;
  for (const step of CROSS_OUT_STEPS) {
    let fired = false;
    let unanswered = false;
    for (const gate of method.gatesByStep[step]) {
      const value = answers[gate.criterion];
      if (value === undefined) unanswered = true;
      else if (gateFires(gate, value)) {
        if (gate.unless !== undefined && answers[gate.unless] === true) kept = true;
        else fired = true;
      }
    }
    if (fired) return STEP_VERDICTS[step];
    if (unanswered) return 'incomplete';
  }
  return kept ? 'split' : 'outsource';
}
