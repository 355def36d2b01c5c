import type { Answers, Gate, Method, Verdict } from '../method.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS } from '../method.js';

/** What the unanswered criteria of a process still allow. */
export interface Possibilities {
  /** Every verdict some answer to the unanswered criteria would give, sorted; one element when no unanswered criterion matters. */
  possible_verdicts: Verdict[];
  /** Lowest and highest priority score over the answers that give `outsource` or `split`; null when neither is possible. */
  score_range: [number, number] | null;
  /** The unanswered criteria whose answer narrows the possible verdicts, in method order. */
  could_change: string[];
}

/** The values a criterion can still take: flags as 0 (false) and 1 (true), so every gate is a threshold. */
type Domain = readonly [lo: number, hi: number];
type Domains = Map<string, Domain>;

interface Threshold {
  id: string;
  criterion: string;
  /** true: fires at `at` and above; false: at `at` and below. */
  up: boolean;
  at: number;
  unless?: string;
}

const threshold = (gate: Gate): Threshold => {
  const t: Threshold =
    typeof gate.value === 'boolean'
      ? { id: gate.id, criterion: gate.criterion, up: gate.value, at: gate.value ? 1 : 0 }
      : { id: gate.id, criterion: gate.criterion, up: gate.op === '>=', at: gate.value };
  if (gate.unless !== undefined) t.unless = gate.unless;
  return t;
};

type Status = 'fires' | 'passes' | 'open';
const statusOf = (t: Threshold, [lo, hi]: Domain): Status =>
  t.up ? (lo >= t.at ? 'fires' : hi < t.at ? 'passes' : 'open') : hi <= t.at ? 'fires' : lo > t.at ? 'passes' : 'open';

/** The two halves of a domain on either side of a gate's threshold: the passing side first. */
const halves = (t: Threshold, [lo, hi]: Domain): [Domain, Domain] =>
  t.up
    ? [
        [lo, t.at - 1],
        [t.at, hi],
      ]
    : [
        [t.at + 1, hi],
        [lo, t.at],
      ];

interface Walk {
  verdicts: Set<Verdict>;
  low: number;
  high: number;
}

/**
 * Exact, not sampled: the walk of steps 3-5 over intervals instead of values.
 * Monotone gates make each gate split a criterion's remaining values in two,
 * and every value on one side gives the same result, so the search branches
 * only where a gate is still open, one threshold at a time, and stops a
 * branch as soon as a step decides it. Later steps' unknowns are never
 * enumerated under a branch that an earlier step already crossed out, and
 * step-6-only criteria are never enumerated at all: the score is a weighted
 * sum, so its bounds over an interval sit at the interval's ends.
 */
export function possibleOutcomes(answers: Answers, method: Method): Possibilities {
  const steps = thresholdsOf(method);
  const round = (x: number) => Math.round(x * 10) / 10;
  // Most processes answer every gate the walk reaches: then nothing branches and no map of domains is needed.
  const fixed = fixedWalk(answers, method, steps);
  if (fixed !== undefined) {
    if (typeof fixed !== 'boolean') return { possible_verdicts: [fixed], score_range: null, could_change: [] };
    const [low, high] = scoreBounds(method, (c) => domainOf(method, answers, c));
    return { possible_verdicts: [fixed ? 'split' : 'outsource'], score_range: [round(low), round(high)], could_change: [] };
  }
  // Each caller gets its own arrays: a walk's result is shared by every process with the same answers.
  const { possible_verdicts, score_range, could_change } = walkedOnce(answers, method);
  return { possible_verdicts: [...possible_verdicts], score_range: score_range && [score_range[0], score_range[1]], could_change: [...could_change] };
}

/**
 * The search costs about a hundred visits for a process that answers little
 * (0.2 ms: 20,000 rows answering one criterion took 4 s), and an inventory
 * listed before it is answered repeats a few patterns of answers many times:
 * each pattern is searched once per method. The result depends on nothing
 * but the answers to the method's criteria, so they are the key. Bounded, so
 * 100,000 different patterns cost their searches and no more memory.
 */
const searched = new WeakMap<Method, Map<string, Possibilities>>();
const SEARCHED_KEPT = 10_000;

function walkedOnce(answers: Answers, method: Method): Possibilities {
  let cache = searched.get(method);
  if (!cache) searched.set(method, (cache = new Map<string, Possibilities>()));
  let key = '';
  for (const c of method.criteria) {
    const v = answers[c.id];
    key += v === undefined ? ',' : `${String(v)},`;
  }
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= SEARCHED_KEPT) cache.clear();
    found = search(answers, method);
    cache.set(key, found);
  }
  return found;
}

/** The walk over intervals itself, for answers that leave some gate it reaches open. */
function search(answers: Answers, method: Method): Possibilities {
  const { min, max } = method.scale;
  const steps = thresholdsOf(method);
  const round = (x: number) => Math.round(x * 10) / 10;
  const domains: Domains = new Map();
  for (const c of method.criteria) {
    const v = answers[c.id];
    if (c.type === 'flag') domains.set(c.id, v === undefined ? [0, 1] : v === true ? [1, 1] : [0, 0]);
    else domains.set(c.id, typeof v === 'number' ? [v, v] : [min, max]);
  }
  const walk: Walk = { verdicts: new Set(), low: Infinity, high: -Infinity };
  const changers = new Set<string>();

  /** Returns the verdicts reachable from here, adding them (and score bounds) to `walk`. */
  const visit = (stepIndex: number, d: Domains, split: boolean): Set<Verdict> => {
    if (stepIndex === steps.length) {
      const verdict: Verdict = split ? 'split' : 'outsource';
      const [low, high] = scoreBounds(method, (c) => d.get(c));
      walk.low = Math.min(walk.low, low);
      walk.high = Math.max(walk.high, high);
      return new Set([verdict]);
    }
    const gates = steps[stepIndex] ?? [];
    const step = CROSS_OUT_STEPS[stepIndex]!;
    let open: Threshold | undefined;
    let lift: string | undefined;
    let lifted = false;
    for (const t of gates) {
      const status = statusOf(t, d.get(t.criterion) ?? [min, max]);
      if (status === 'passes') continue;
      if (status === 'open') {
        open ??= t;
        continue;
      }
      if (t.unless === undefined) return new Set([STEP_VERDICTS[step]]);
      const [lo, hi] = d.get(t.unless) ?? [0, 1];
      if (hi === 0) return new Set([STEP_VERDICTS[step]]);
      if (lo === 0) lift ??= t.unless;
      else lifted = true;
    }
    const branchOn = (criterion: string, parts: readonly Domain[]): Set<Verdict> => {
      const results = parts.map((part) => {
        const next = new Map(d);
        next.set(criterion, part);
        return visit(stepIndex, next, split);
      });
      const [a, b] = results;
      if (a && b && (a.size !== b.size || [...a].some((v) => !b.has(v)))) changers.add(criterion);
      return new Set(results.flatMap((r) => [...r]));
    };
    if (open) return branchOn(open.criterion, halves(open, d.get(open.criterion) ?? [min, max]));
    if (lift !== undefined)
      return branchOn(lift, [
        [0, 0],
        [1, 1],
      ]);
    return visit(stepIndex + 1, d, split || lifted);
  };

  for (const v of visit(0, domains, false)) walk.verdicts.add(v);
  const candidate = walk.verdicts.has('outsource') || walk.verdicts.has('split');
  return {
    possible_verdicts: [...walk.verdicts].sort(),
    score_range: candidate ? [round(walk.low), round(walk.high)] : null,
    could_change: method.criteria.filter((c) => changers.has(c.id) && answers[c.id] === undefined).map((c) => c.id),
  };
}

/** The gates of steps 3-5 as thresholds, built once per method: every process walks the same ones. */
const thresholdCache = new WeakMap<Method, Threshold[][]>();
function thresholdsOf(method: Method): Threshold[][] {
  let steps = thresholdCache.get(method);
  if (!steps) thresholdCache.set(method, (steps = CROSS_OUT_STEPS.map((s) => method.gatesByStep[s].map(threshold))));
  return steps;
}

const criterionTypes = new WeakMap<Method, Map<string, 'flag' | 'scale'>>();
/** The domain the walk gives a criterion before any branching: its answer, or every value when unanswered. */
function domainOf(method: Method, answers: Answers, criterion: string): Domain | undefined {
  let types = criterionTypes.get(method);
  if (!types) criterionTypes.set(method, (types = new Map(method.criteria.map((c) => [c.id, c.type === 'flag' ? 'flag' : 'scale']))));
  const type = types.get(criterion);
  if (type === undefined) return undefined;
  const v = answers[criterion];
  if (type === 'flag') return v === undefined ? [0, 1] : v === true ? [1, 1] : [0, 0];
  return typeof v === 'number' ? [v, v] : [method.scale.min, method.scale.max];
}

/**
 * The walk when no gate it reaches is open and no accountability flag needs
 * guessing: the crossed-out verdict, or whether the candidate is a split.
 * Undefined as soon as the walk would branch; the full search then decides.
 */
function fixedWalk(answers: Answers, method: Method, steps: Threshold[][]): Verdict | boolean | undefined {
  const { min, max } = method.scale;
  let split = false;
  for (let i = 0; i < steps.length; i++) {
    let lifted = false;
    for (const t of steps[i] ?? []) {
      const status = statusOf(t, domainOf(method, answers, t.criterion) ?? [min, max]);
      if (status === 'passes') continue;
      if (status === 'open') return undefined;
      if (t.unless === undefined) return STEP_VERDICTS[CROSS_OUT_STEPS[i]!];
      const [lo, hi] = domainOf(method, answers, t.unless) ?? [0, 1];
      if (hi === 0) return STEP_VERDICTS[CROSS_OUT_STEPS[i]!];
      if (lo === 0) return undefined;
      lifted = true;
    }
    split ||= lifted;
  }
  return split;
}

/** Lowest and highest priority over the domains, on 0-100: a weighted sum, so its bounds sit at the domains' ends. */
function scoreBounds(method: Method, domain: (criterion: string) => Domain | undefined): [number, number] {
  const { min, max } = method.scale;
  let low = 0;
  let high = 0;
  for (const p of method.priority) {
    const [lo, hi] = domain(p.criterion) ?? [min, max];
    const u = (x: number) => (p.effect === 'raises' ? (x - min) / (max - min) : 1 - (x - min) / (max - min));
    low += p.weight * Math.min(u(lo), u(hi));
    high += p.weight * Math.max(u(lo), u(hi));
  }
  const total = method.totalWeight;
  return total > 0 ? [(100 * low) / total, (100 * high) / total] : [0, 0];
}
