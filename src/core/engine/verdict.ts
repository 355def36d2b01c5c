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

/**
 * The walk of seed 004, steps 3, 4, 5 in order. At each step, any firing gate
 * decides (every one that fires is a reason); failing that, an unanswered gate
 * stops the walk as `incomplete`, because an unknown is never treated as safe.
 */
export function decideVerdict(answers: Answers, method: Method): { verdict: Verdict; reasons: Reason[] } {
  for (const step of CROSS_OUT_STEPS) {
    let fired: Reason[] | undefined;
    let unanswered: Reason[] | undefined;
    for (const gate of method.gatesByStep[step]) {
      const value = answers[gate.criterion];
      if (value === undefined) (unanswered ??= []).push(unansweredReason(gate));
      else if (gateFires(gate, value)) (fired ??= []).push(firedReason(gate, value));
    }
    if (fired) return { verdict: STEP_VERDICTS[step], reasons: fired };
    if (unanswered) return { verdict: 'incomplete', reasons: unanswered };
  }
  return { verdict: 'outsource', reasons: [] };
}
