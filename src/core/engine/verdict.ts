import type { Answer, Answers, Gate, Method, Verdict } from '../method.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS } from '../method.js';

export interface Reason {
  step: number;
  gate: string;
  /** The criterion the gate tests; absent for the step-6 priority reason. */
  criterion?: string;
  message: string;
}

export function gateFires(gate: Gate, value: Answer): boolean {
  switch (gate.op) {
    case '>=':
      return typeof value === 'number' && value >= (gate.value as number);
    case '<=':
      return typeof value === 'number' && value <= (gate.value as number);
    case '==':
      return value === gate.value;
    case 'is':
      return value === gate.value;
  }
}

export const describeTest = (gate: Gate): string =>
  gate.op === 'is' ? `${gate.criterion} is ${String(gate.value)}` : `${gate.criterion} ${gate.op} ${String(gate.value)}`;

export const firedReason = (gate: Gate, value: Answer): Reason => ({
  step: gate.step,
  gate: gate.id,
  criterion: gate.criterion,
  message: `step ${gate.step}: ${gate.message} (${gate.criterion} = ${String(value)})`,
});

export const unansweredReason = (gate: Gate): Reason => ({
  step: gate.step,
  gate: gate.id,
  criterion: gate.criterion,
  message: `step ${gate.step}: ${gate.criterion} is not answered, so gate "${gate.id}" (${describeTest(gate)}) cannot be ruled out`,
});

/** A fired accountability gate whose flag is true: the accountable part stays, the execution may go out. */
export const keptReason = (gate: Gate, value: Answer): Reason => ({
  step: gate.step,
  gate: gate.id,
  criterion: gate.criterion,
  message: `step ${gate.step}: ${gate.keeps ?? gate.message}; the execution can be handed out (${gate.criterion} = ${String(value)}, ${gate.unless ?? ''} = true)`,
});

/** A fired accountability gate whose flag is false or unanswered: the whole process stays, and the reason says why. */
const heldReason = (gate: Gate, value: Answer, unless: Answer | undefined): Reason => {
  const reason = firedReason(gate, value);
  const why =
    unless === undefined ? `${gate.unless} is not answered, so the whole process stays` : `${gate.unless} = ${String(unless)}, so the whole process stays`;
  return { ...reason, message: `${reason.message}; ${why}` };
};

/**
 * The walk of the method's steps 3, 4, 5 in order. At each step, any firing gate
 * decides (every one that fires is a reason); failing that, an unanswered gate
 * stops the walk as `incomplete`, because an unknown is never treated as safe.
 * An accountability gate (`unless`) that fires while its flag is true does not
 * decide: the process walks on and, if it passes, is a `split` whose reasons
 * say what stays in-house. Its flag unanswered is not safe: the gate decides.
 */
export function decideVerdict(answers: Answers, method: Method): { verdict: Verdict; reasons: Reason[] } {
  const kept: Reason[] = [];
  for (const step of CROSS_OUT_STEPS) {
    let fired: Reason[] | undefined;
    let unanswered: Reason[] | undefined;
    for (const gate of method.gatesByStep[step]) {
      const value = answers[gate.criterion];
      if (value === undefined) (unanswered ??= []).push(unansweredReason(gate));
      else if (gateFires(gate, value)) {
        if (gate.unless === undefined) (fired ??= []).push(firedReason(gate, value));
        else if (answers[gate.unless] === true) kept.push(keptReason(gate, value));
        else (fired ??= []).push(heldReason(gate, value, answers[gate.unless]));
      }
    }
    if (fired) return { verdict: STEP_VERDICTS[step], reasons: fired };
    if (unanswered) return { verdict: 'incomplete', reasons: unanswered };
  }
  return kept.length > 0 ? { verdict: 'split', reasons: kept } : { verdict: 'outsource', reasons: [] };
}

/**
 * The verdict of `decideVerdict` alone, without making its reasons: what
 * sensitivity asks once per candidate value, and the first pass of a streamed
 * run once per process. Property tests hold the two to the same answer.
 */
export function verdictOf(answers: Answers, method: Method): Verdict {
  let split = false;
  for (const step of CROSS_OUT_STEPS) {
    let fired = false;
    let unanswered = false;
    for (const gate of method.gatesByStep[step]) {
      const value = answers[gate.criterion];
      if (value === undefined) unanswered = true;
      else if (gateFires(gate, value)) {
        if (gate.unless !== undefined && answers[gate.unless] === true) split = true;
        else fired = true;
      }
    }
    if (fired) return STEP_VERDICTS[step];
    if (unanswered) return 'incomplete';
  }
  return split ? 'split' : 'outsource';
}
