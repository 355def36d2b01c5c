import type { Process } from '../inventory/types.js';
import type { Answer, Method } from '../method.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS } from '../method.js';
import type { Evaluation } from './evaluate.js';
import { contributions, type Contribution } from './score.js';
import { describeTest, gateFires } from './verdict.js';

/** `kept`: an accountability gate fired but its flag (separable) is true, so only the accountable part stays in-house. */
export type GateStatus = 'fired' | 'kept' | 'passed' | 'unanswered';

export interface GateCheck {
  gate: string;
  criterion: string;
  test: string;
  value: Answer | null;
  status: GateStatus;
  message: string;
}

export interface StepCheck {
  step: number;
  title: string;
  /** What this step decided: it stopped the process, could not rule it out, let it pass, or was never reached. */
  outcome: 'stopped' | 'incomplete' | 'passed' | 'split' | 'not reached';
  verdict: string;
  gates: GateCheck[];
}

export interface Explanation<E extends Evaluation = Evaluation> {
  evaluation: Omit<E, 'priority'>;
  answers: { criterion: string; type: 'scale' | 'flag'; steps: number[]; question: string; value: Answer | null }[];
  steps: StepCheck[];
  /** Step-6 contributions; for a process that did not reach step 6, what it would score. */
  contributions: Contribution[];
  metrics: NonNullable<Process['metrics']>;
  merged_from: string[];
}

/** Everything behind one verdict: each answer, each gate and how it went, each point of the score. */
export function explainProcess<E extends Evaluation>(process: Process, evaluation: E, method: Method): Explanation<E> {
  const { answers } = process;
  let decided = false;
  const steps: StepCheck[] = CROSS_OUT_STEPS.map((step) => {
    const gates = method.gatesByStep[step].map((gate): GateCheck => {
      const value = answers[gate.criterion];
      const lifted = gate.unless !== undefined && answers[gate.unless] === true;
      const status: GateStatus = value === undefined ? 'unanswered' : gateFires(gate, value) ? (lifted ? 'kept' : 'fired') : 'passed';
      return { gate: gate.id, criterion: gate.criterion, test: describeTest(gate), value: value ?? null, status, message: gate.message };
    });
    let outcome: StepCheck['outcome'] = 'not reached';
    if (!decided) {
      if (gates.some((g) => g.status === 'fired')) outcome = 'stopped';
      else if (gates.some((g) => g.status === 'unanswered')) outcome = 'incomplete';
      else outcome = gates.some((g) => g.status === 'kept') ? 'split' : 'passed';
      decided = outcome !== 'passed' && outcome !== 'split';
    }
    return { step, title: method.steps[step].title, outcome, verdict: STEP_VERDICTS[step], gates };
  });
  const { priority: _priority, ...rest } = evaluation;
  return {
    evaluation: rest,
    answers: method.criteria.map((c) => ({ criterion: c.id, type: c.type, steps: c.steps, question: c.question, value: answers[c.id] ?? null })),
    steps,
    contributions: contributions(answers, method),
    metrics: process.metrics ?? [],
    merged_from: process.merged_from ?? [],
  };
}
