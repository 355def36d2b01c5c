import type { Inventory, Process } from '../inventory/types.js';
import { isCandidate, type Gate, type Method, type Verdict } from '../method.js';
import { assignRanks } from './rank.js';
import { contributions, scorePriority, type Contribution, type Priority } from './score.js';
import { decideVerdict, gateFires, type Reason } from './verdict.js';
import { possibleOutcomes } from './possible.js';
import { recommendEngagement, type Engagement } from '../engagement/engagement.js';
import { recommendLocation, type Location } from '../location/location.js';
import type { Disagreement } from '../raters/combine.js';
import type { BusinessCase } from '../money/business-case.js';
import type { NpvSwing } from '../money/sensitivity.js';
import { attachBusinessCases } from '../money/attach.js';

export interface Evaluation {
  id: string;
  name: string;
  function?: string;
  verdict: Verdict;
  /** 0-100, rounded to one decimal; null unless the verdict is `outsource` or `split`. */
  score: number | null;
  rank: number | null;
  confidence: number | null;
  reasons: Reason[];
  missing: string[];
  /** Unrounded step-6 result, kept for ranking; null unless `outsource` or `split`. */
  priority: Priority | null;
  /** For `outsource`: the step-6 answer that earned the most points, and the one that lost the most. */
  drivers?: { strongest?: Driver; weakest?: Driver };
  /** How to buy it and where to do it; only for `outsource`. */
  engagement?: Engagement;
  location?: Location;
  /** Every verdict some answer to the unanswered criteria would give, sorted. */
  possible_verdicts: Verdict[];
  /** Score bounds over the answers that give `outsource` or `split`; null when neither is possible. */
  score_range: [number, number] | null;
  /** Unanswered criteria whose answer could change the verdict, at any step. */
  could_change: string[];
  /** For `outsource`/`split`: true when the score is below the rules' `min_score`: a weak candidate, not a plain recommendation. */
  marginal?: boolean;
  /** Where several raters' answers spread by 2 or more, or their flags differ. */
  disagreements?: Disagreement[];
  /** When the inventory gives money, for work handed over: the business case, or what money it lacks. */
  business_case?: BusinessCase;
  money_gap?: string;
  /** With `--sensitivity`: how far the NPV moves with each money input. */
  npv_swings?: NpvSwing[];
}

export interface Driver {
  criterion: string;
  value: number | null;
  /** `lowers`: a high answer lowers the priority (risk), so a low answer is the good one. */
  effect?: 'raises' | 'lowers';
}

export interface Assessment {
  /** Every process, in input order. */
  evaluations: Evaluation[];
  /** The `outsource` processes, best first. */
  shortlist: Evaluation[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function evaluateProcess(process: Process, method: Method): Evaluation {
  const { answers } = process;
  const missing = missingCriteria(answers, method);
  const { verdict, reasons } = decideVerdict(answers, method);
  const { possible_verdicts, score_range, could_change } = possibleOutcomes(answers, method);
  const evaluation: Evaluation = {
    id: process.id,
    name: process.name,
    verdict,
    score: null,
    rank: null,
    confidence: null,
    reasons,
    missing,
    priority: null,
    possible_verdicts,
    score_range,
    could_change,
  };
  if (process.function !== undefined) evaluation.function = process.function;
  if (process.disagreements) evaluation.disagreements = process.disagreements;
  if (isCandidate(verdict)) {
    const priority = scorePriority(answers, method);
    evaluation.priority = priority;
    evaluation.score = round(priority.score, 1);
    evaluation.confidence = round(priority.confidence, 3);
    const { reason, drivers } = priorityReason(process, method, evaluation.score);
    // A split keeps its step-4 reasons (what stays in-house) before the priority.
    evaluation.reasons = [...reasons, reason];
    evaluation.marginal = evaluation.score < method.minScore;
    if (evaluation.marginal) evaluation.reasons.push(marginalReason(evaluation.score, method.minScore));
    evaluation.drivers = drivers;
    evaluation.engagement = recommendEngagement(process.volume, method.engagement);
    evaluation.location = recommendLocation(answers, method.location);
  }
  return evaluation;
}

const marginalReason = (score: number, minScore: number): Reason => ({
  step: 6,
  gate: 'marginal',
  message: `step 6: marginal: priority ${score.toFixed(1)} is below the minimum of ${minScore}; a weak candidate, not a plain recommendation: check the business case before handing it out`,
});

/** Why an `outsource` process scores what it does: the factor that earned most, and the one that cost most. */
function priorityReason(process: Process, method: Method, score: number): { reason: Reason; drivers: NonNullable<Evaluation['drivers']> } {
  const parts = contributions(process.answers, method);
  let best: Contribution | undefined;
  for (const c of parts) if (c.points > 0 && (!best || c.points > best.points)) best = c;
  let worst: Contribution | undefined;
  for (const c of parts) if (c !== best && c.max - c.points > 1e-9 && (!worst || c.max - c.points > worst.max - worst.points)) worst = c;
  // The strongest factor says what it earned, the weakest what it lost: the two never read as the same number,
  // and "lower is better" keeps a low risk from reading as a weakness of the process.
  const direction = (c: Contribution) => (c.effect === 'lowers' ? 'lower is better; ' : '');
  const value = (c: Contribution) => `${c.criterion} ${c.value ?? 'unanswered'}`;
  let message = `step 6: passed steps 3-5; priority ${score.toFixed(1)}`;
  if (best) message += `; strongest: ${value(best)} (${direction(best)}earns ${best.points.toFixed(1)} of ${best.max.toFixed(1)})`;
  if (worst) message += `; weakest: ${value(worst)} (${direction(worst)}loses ${(worst.max - worst.points).toFixed(1)} of ${worst.max.toFixed(1)})`;
  const drivers: NonNullable<Evaluation['drivers']> = {};
  if (best) drivers.strongest = { criterion: best.criterion, value: best.value, effect: best.effect };
  if (worst) drivers.weakest = { criterion: worst.criterion, value: worst.value, effect: worst.effect };
  return { reason: { step: 6, gate: 'priority', message }, drivers };
}

/**
 * Every unanswered criterion, in method order. A flag that only lifts an
 * accountability gate (`separable`) is missing only where such a gate fired
 * or could still fire: elsewhere no answer to it could matter.
 */
export function missingCriteria(answers: Process['answers'], method: Method): string[] {
  const { liftedBy, gated } = missingPlanOf(method);
  const missing: string[] = [];
  for (const c of method.criteria) {
    if (c.optional || answers[c.id] !== undefined) continue;
    const gates = liftedBy.get(c.id);
    if (gates !== undefined && !gated.has(c.id) && !c.priority && !gates.some((gate) => isOpen(gate, answers))) continue;
    missing.push(c.id);
  }
  return missing;
}

const isOpen = (gate: Gate, answers: Process['answers']) => {
  const value = answers[gate.criterion];
  return value === undefined || gateFires(gate, value);
};

/** Per method, once: the step-4 gates each `unless` flag lifts, and the criteria some gate of steps 3-5 tests. */
const missingPlans = new WeakMap<Method, { liftedBy: Map<string, Gate[]>; gated: Set<string> }>();
function missingPlanOf(method: Method) {
  let plan = missingPlans.get(method);
  if (!plan) {
    const liftedBy = new Map<string, Gate[]>();
    for (const gate of method.gatesByStep[4]) {
      if (gate.unless === undefined) continue;
      const list = liftedBy.get(gate.unless) ?? [];
      list.push(gate);
      liftedBy.set(gate.unless, list);
    }
    const gated = new Set<string>();
    for (const step of [3, 4, 5] as const) for (const g of method.gatesByStep[step]) gated.add(g.criterion);
    missingPlans.set(method, (plan = { liftedBy, gated }));
  }
  return plan;
}

export function evaluateInventory(inventory: Inventory, method: Method): Assessment {
  const evaluations = inventory.processes.map((p) => evaluateProcess(p, method));
  attachBusinessCases(inventory, evaluations, method);
  const candidates = evaluations.filter((e): e is Evaluation & { priority: Priority } => e.priority !== null);
  return { evaluations, shortlist: assignRanks(candidates) };
}
