import type { Assessment, Evaluation } from '../engine/evaluate.js';
import { explainProcess, type Explanation } from '../engine/explain.js';
import { contributions } from '../engine/score.js';
import type { Inventory, Process } from '../inventory/types.js';
import { isCandidate, type Method, type Verdict } from '../method.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS, type CrossOutStep } from '../method.js';
import { keptInHouse } from '../engine/kept.js';
import type { Engagement } from '../engagement/engagement.js';
import type { Location } from '../location/location.js';
import { planWaves } from '../plan/waves.js';
import { reportMoney, type ReportMoney } from './money.js';

/** A gate that crossed processes out, and which. */
export interface GateTally {
  gate: string;
  message: string;
  processes: { id: string; name: string }[];
}

/** One step of the funnel of the method: how many it crossed out, how many it could not decide, why. */
export interface FunnelStep {
  step: CrossOutStep;
  title: string;
  verdict: 'keep' | 'retain' | 'defer';
  /** Processes that reached this step. */
  entered: number;
  crossedOut: number;
  /** Stopped here because a gate question is unanswered. */
  undecided: number;
  /** Processes that went on to the next step. */
  passed: number;
  gates: GateTally[];
  unanswered: { id: string; name: string; criteria: string[] }[];
}

export type Quadrant = 'quick win' | 'major project' | 'fill-in' | 'reconsider';

/** A candidate on the priority matrix: value against ease of hand-over, sized by volume. */
export interface MatrixPoint {
  id: string;
  name: string;
  rank: number;
  score: number;
  /** 0-100: share of the step-6 points from criteria that raise the priority (benefit, cost of inaction, repetitiveness). */
  value: number;
  /** 0-100: share of the step-6 points from criteria that lower it (risk, tech complexity, core competency, domain expertise). */
  ease: number;
  /** Hours a month, or null when the inventory does not give a volume. */
  hours: number | null;
  quadrant: Quadrant;
  /** "split" (a part stays in-house) and "marginal" (scores below min_score), shown beside the name. */
  marks: string[];
}

export interface ShortlistRow {
  rank: number;
  id: string;
  name: string;
  function?: string;
  score: number;
  confidence: number;
  wave: number;
  engagement: Engagement;
  location: Location;
  /** For a `split`: what stays in-house while the execution goes out. */
  keeps?: string[];
}

export interface ReportData {
  organisation?: string;
  methodName: string;
  total: number;
  counts: Record<Verdict, number>;
  funnel: FunnelStep[];
  matrix: MatrixPoint[];
  /** Where the matrix splits its quadrants: the shortlist's medians, so the quadrants compare the candidates with each other. */
  matrixSplit: { value: number; ease: number };
  shortlist: ShortlistRow[];
  /** Every process, shortlist first (best first), then in input order. */
  explanations: (Explanation & { engagement?: Engagement; location?: Location })[];
  /** The business case, when the inventory gives money. */
  money?: ReportMoney;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function share(parts: { points: number; max: number }[]): number {
  const max = parts.reduce((s, p) => s + p.max, 0);
  return max > 0 ? round1((100 * parts.reduce((s, p) => s + p.points, 0)) / max) : 0;
}

export function quadrantOf(value: number, ease: number, split = { value: 50, ease: 50 }): Quadrant {
  if (value >= split.value) return ease >= split.ease ? 'quick win' : 'major project';
  return ease >= split.ease ? 'fill-in' : 'reconsider';
}

/** The middle value (the mean of the two middle ones for an even count); 50 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 50;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round1(sorted.length % 2 === 1 ? (sorted[mid] ?? 50) : ((sorted[mid - 1] ?? 50) + (sorted[mid] ?? 50)) / 2);
}

/** The step a verdict stopped at: a crossed-out verdict's own step, or where an unanswered gate stopped it. */
function stopStep(e: Evaluation): CrossOutStep | undefined {
  const step = e.reasons[0]?.step;
  return step === 3 || step === 4 || step === 5 ? step : undefined;
}

/** Builds everything `outsource report` shows, from an assessed inventory. Pure. */
export function buildReport(inventory: Inventory, assessment: Assessment, method: Method): ReportData {
  const processes = new Map<string, Process>(inventory.processes.map((p) => [p.id, p]));
  const counts: Record<Verdict, number> = { outsource: 0, split: 0, keep: 0, retain: 0, defer: 0, incomplete: 0 };
  for (const e of assessment.evaluations) counts[e.verdict]++;

  let entered = assessment.evaluations.length;
  const funnel: FunnelStep[] = CROSS_OUT_STEPS.map((step) => {
    const verdict = STEP_VERDICTS[step];
    const here = assessment.evaluations.filter((e) => stopStep(e) === step && (e.verdict === verdict || e.verdict === 'incomplete'));
    const crossed = here.filter((e) => e.verdict === verdict);
    const undecided = here.filter((e) => e.verdict === 'incomplete');
    const byGate = new Map<string, GateTally>();
    for (const e of crossed) {
      for (const r of e.reasons) {
        const gate = method.gatesByStep[step].find((g) => g.id === r.gate);
        const tally = byGate.get(r.gate) ?? { gate: r.gate, message: gate?.message ?? r.message, processes: [] };
        tally.processes.push({ id: e.id, name: e.name });
        byGate.set(r.gate, tally);
      }
    }
    const row: FunnelStep = {
      step,
      title: method.steps[step].title,
      verdict,
      entered,
      crossedOut: crossed.length,
      undecided: undecided.length,
      passed: entered - crossed.length - undecided.length,
      gates: [...byGate.values()].sort((a, b) => b.processes.length - a.processes.length || (a.gate < b.gate ? -1 : 1)),
      unanswered: undecided.map((e) => ({ id: e.id, name: e.name, criteria: e.reasons.map((r) => r.criterion ?? r.gate) })),
    };
    entered = row.passed;
    return row;
  });

  const waves = planWaves(assessment.shortlist, processes, method);
  const matrix: MatrixPoint[] = [];
  const shortlist: ShortlistRow[] = [];
  for (const e of assessment.shortlist) {
    const process = processes.get(e.id);
    const parts = process ? contributions(process.answers, method) : [];
    const value = share(parts.filter((c) => c.effect === 'raises'));
    const ease = share(parts.filter((c) => c.effect === 'lowers'));
    const marks = [...(e.verdict === 'split' ? ['split'] : []), ...(e.marginal ? ['marginal'] : [])];
    matrix.push({
      id: e.id,
      name: e.name,
      rank: e.rank ?? 0,
      score: e.score ?? 0,
      value,
      ease,
      hours: process?.volume?.hours_per_month ?? null,
      quadrant: 'quick win',
      marks,
    });
    const row: ShortlistRow = {
      rank: e.rank ?? 0,
      id: e.id,
      name: e.name,
      score: e.score ?? 0,
      confidence: e.confidence ?? 0,
      wave: waves.get(e.id) ?? 1,
      engagement: e.engagement ?? { model: null, seats: null, why: 'not computed' },
      location: e.location ?? { recommended: null, why: 'not computed' },
    };
    if (e.verdict === 'split') row.keeps = keptInHouse(e).map((k) => k.message);
    if (e.function !== undefined) row.function = e.function;
    shortlist.push(row);
  }

  const matrixSplit = { value: median(matrix.map((p) => p.value)), ease: median(matrix.map((p) => p.ease)) };
  for (const p of matrix) p.quadrant = quadrantOf(p.value, p.ease, matrixSplit);

  const ordered = [...assessment.shortlist, ...assessment.evaluations.filter((e) => !isCandidate(e.verdict))];
  const explanations = ordered.flatMap((e) => {
    const process = processes.get(e.id);
    if (!process) return [];
    const x: ReportData['explanations'][number] = explainProcess(process, e, method);
    if (e.engagement) x.engagement = e.engagement;
    if (e.location) x.location = e.location;
    return [x];
  });

  const data: ReportData = { methodName: method.name, total: assessment.evaluations.length, counts, funnel, matrix, matrixSplit, shortlist, explanations };
  if (inventory.organisation !== undefined) data.organisation = inventory.organisation;
  const money = reportMoney(assessment, waves, method);
  if (money) data.money = money;
  return data;
}
