import { gateFires } from '../engine/verdict.js';
import type { Criterion, Method } from '../method.js';
import type { ProcessState } from './state.js';

/**
 * The flag that would lift the step-4 gates stopping a process (`separable`),
 * when it is still open: asked only when an accountability gate fired and no
 * whole gate did, since otherwise no answer to it changes anything.
 */
export function liftQuestion(process: ProcessState, method: Method, isOpen: (p: ProcessState, id: string) => boolean): Criterion | undefined {
  let flag: string | undefined;
  for (const gate of method.gatesByStep[4]) {
    const value = process.answers[gate.criterion];
    if (value === undefined || !gateFires(gate, value)) continue;
    if (gate.unless === undefined) return undefined;
    flag ??= gate.unless;
  }
  if (flag === undefined || !isOpen(process, flag)) return undefined;
  return method.criteriaById.get(flag);
}
