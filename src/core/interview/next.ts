import { evaluateInventory } from '../engine/evaluate.js';
import { decideVerdict } from '../engine/verdict.js';
import type { Metric } from '../inventory/types.js';
import { directionOf } from '../metrics/direction.js';
import { isCandidate, type Criterion, type Method, type Verdict } from '../method.js';
import { CROSS_OUT_STEPS, type CrossOutStep } from '../method.js';
import { liftQuestion } from './separable.js';
import { toInventory } from './inventory.js';
import { findNearDuplicates } from './similar.js';
import { cataloguePairs } from './catalogue-duplicates.js';
import { pairKey, type InterviewState, type ProcessState } from './state.js';

/** Where the interview is. Listing (step 2) comes before merging (step 1): duplicates show once the list is there. */
export type Stage = 'list' | 'merge' | 3 | 4 | 5 | 6 | 7 | 'done';
export const STAGES: readonly Stage[] = ['list', 'merge', 3, 4, 5, 6, 7, 'done'];
export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

export type Question =
  | { kind: 'function'; stage: 'list'; process: ProcessState }
  | { kind: 'list'; stage: 'list' }
  | { kind: 'merge'; stage: 'merge'; a: ProcessState; b: ProcessState; similarity: number }
  | { kind: 'criterion'; stage: CrossOutStep | 6 | 7; process: ProcessState; criterion: Criterion }
  | { kind: 'revisit'; stage: 6; unknown: { process: ProcessState; criteria: string[] }[] }
  | { kind: 'volume'; stage: 7; process: ProcessState }
  | { kind: 'organisation'; stage: 7 }
  | { kind: 'metrics'; stage: 7; process: ProcessState }
  | { kind: 'baseline'; stage: 7; process: ProcessState; metric: Metric }
  | { kind: 'direction'; stage: 7; process: ProcessState; metric: Metric }
  | { kind: 'done'; stage: 'done' };

/** Where a process leaves the walk of steps 3-5: the step and verdict that stop it, or null when it passes. */
export function stopOf(process: ProcessState, method: Method): { step: CrossOutStep; verdict: Verdict } | null {
  const { verdict, reasons } = decideVerdict(process.answers, method);
  if (isCandidate(verdict)) return null;
  return { step: (reasons[0]?.step ?? 3) as CrossOutStep, verdict };
}

/** The criteria a cross-out step asks about: those of its enabled gates, once each, in file order. */
export function stepCriteria(method: Method, step: CrossOutStep): Criterion[] {
  const seen = new Set<string>();
  const out: Criterion[] = [];
  for (const gate of method.gatesByStep[step]) {
    const c = method.criteriaById.get(gate.criterion);
    if (c && !seen.has(c.id)) {
      seen.add(c.id);
      out.push(c);
    }
  }
  return out;
}

const open = (p: ProcessState, criterion: string) => p.answers[criterion] === undefined && !p.unknown.has(criterion);

/**
 * The one question still needed, in the order of the method. A process is
 * asked a step's questions only while nothing has stopped it; once a gate
 * fires, or a gate's answer is "don't know", its later steps are not asked.
 */
export function nextQuestion(state: InterviewState, method: Method): Question {
  const pendingFunction = state.processes.find((p) => p.functionPending);
  if (pendingFunction) return { kind: 'function', stage: 'list', process: pendingFunction };
  if (!state.listDone || state.processes.length === 0) return { kind: 'list', stage: 'list' };

  const typed = state.processes.filter((p) => p.suggestion === undefined);
  const picked = state.processes.filter((p) => p.suggestion !== undefined);
  const pair = [...findNearDuplicates(state.processes), ...cataloguePairs(typed, picked)].find((p) => !state.separated.has(pairKey(p.a, p.b)));
  if (pair) {
    const a = state.processes.find((p) => p.id === pair.a);
    const b = state.processes.find((p) => p.id === pair.b);
    if (a && b) return { kind: 'merge', stage: 'merge', a, b, similarity: pair.similarity };
  }

  for (const step of CROSS_OUT_STEPS) {
    const criteria = stepCriteria(method, step);
    for (const process of state.processes) {
      const stop = stopOf(process, method);
      // Retained by an accountability gate: ask whether the accountable part can stay while the execution goes out.
      const lift = stop?.step === 4 && step === 4 && stop.verdict === 'retain' ? liftQuestion(process, method, open) : undefined;
      if (lift) return { kind: 'criterion', stage: 4, process, criterion: lift };
      // Stopped earlier, or stopped here by a gate that fired: nothing more to ask at this step.
      if (stop && (stop.step < step || (stop.step === step && stop.verdict !== 'incomplete'))) continue;
      const criterion = criteria.find((c) => open(process, c.id));
      if (criterion) return { kind: 'criterion', stage: step, process, criterion };
    }
  }

  for (const process of state.processes) {
    if (stopOf(process, method)) continue;
    for (const p of method.priority) {
      const criterion = method.criteriaById.get(p.criterion);
      if (criterion && open(process, p.criterion)) return { kind: 'criterion', stage: 6, process, criterion };
    }
  }

  // A "don't know" stops a process where it was given; before the shortlist, the user may answer it after all.
  if (!state.revisitAsked) {
    // Right-shoring questions come later, in step 7, and decide no verdict: only the others are offered again.
    const decisive = (id: string) => method.criteriaById.get(id)?.optional !== true;
    const unknown = state.processes.flatMap((p) => {
      const criteria = [...p.unknown].filter(decisive);
      return criteria.length > 0 ? [{ process: p, criteria }] : [];
    });
    if (unknown.length > 0) return { kind: 'revisit', stage: 6, unknown };
  }

  const { shortlist } = evaluateInventory(toInventory(state, method), method);
  const rightShoring = method.criteria.filter((c) => c.optional);
  for (const entry of shortlist) {
    const process = state.processes.find((p) => p.id === entry.id);
    if (!process) continue;
    if (!process.metrics) return { kind: 'metrics', stage: 7, process };
    const metric = process.metrics.find((m) => m.baseline === undefined && !process.baselineAsked.has(m.name));
    if (metric) return { kind: 'baseline', stage: 7, process, metric };
    // A metric the catalogue does not know (brought in from an inventory) cannot be tracked without its direction.
    const directions = method.metricDirections;
    const undirected = directions && process.metrics.find((m) => directionOf(m, directions) === undefined);
    if (undirected) return { kind: 'direction', stage: 7, process, metric: undirected };
    // How to buy it (volume) and where to do it (right-shoring): asked only for what will be outsourced.
    if (!process.volumeAsked && !process.volume) return { kind: 'volume', stage: 7, process };
    const shore = rightShoring.find((c) => open(process, c.id));
    if (shore) return { kind: 'criterion', stage: 7, process, criterion: shore };
  }
  if (!state.organisationAsked) return { kind: 'organisation', stage: 7 };
  return { kind: 'done', stage: 'done' };
}
