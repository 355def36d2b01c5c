import type { Assessment, Evaluation } from '../engine/evaluate.js';
import { describeTest } from '../engine/verdict.js';
import type { Inventory } from '../inventory/types.js';
import { isCandidate, type Answer, type Gate, type Method, type Verdict } from '../method.js';
import { CROSS_OUT_STEPS } from '../method.js';
import { diffMoney, type MoneyDiff } from './money.js';
import { keptSummary } from '../engine/kept.js';

/** One side of a comparison: an inventory scored under a method. */
export interface DiffSide {
  inventory: Inventory;
  assessment: Assessment;
  method: Method;
}

export interface Standing {
  verdict: Verdict;
  rank: number | null;
  score: number | null;
}

export interface AnswerChange {
  criterion: string;
  from: Answer | null;
  to: Answer | null;
}

/** A difference between the two methods: a gate added, removed or changed, or a step-6 weight or effect. */
export interface RuleChange {
  kind: 'gate' | 'weight' | 'effect';
  id: string;
  from: string | null;
  to: string | null;
}

export interface ProcessChange {
  id: string;
  name: string;
  change: 'verdict' | 'rank' | 'added' | 'removed';
  old: Standing | null;
  new: Standing | null;
  /** Answers that differ between the two inventories. */
  answers: AnswerChange[];
  /** Gates among the reasons now and not before, and before and not now. */
  gates: { now: string[]; before: string[] };
  /** Plain-language reasons for the change. */
  why: string[];
}

export interface DiffResult {
  changes: ProcessChange[];
  rules: RuleChange[];
  /** Processes in both with the same verdict and rank. */
  unchanged: number;
  /** The change in the business case, when either side gives money. */
  money?: MoneyDiff;
}

const LIST_LIMIT = 5;
/** Shortlist entries scanned to explain rank changes, at most (about 50 ms). */
const TRACE_BUDGET = 5_000_000;
const standing = (e: Evaluation): Standing => ({ verdict: e.verdict, rank: e.rank, score: e.score });
const show = (v: Answer | null | undefined) => (v === null || v === undefined ? 'unanswered' : String(v));
const listed = (items: string[]) =>
  items.length <= LIST_LIMIT ? items.join(', ') : `${items.slice(0, LIST_LIMIT).join(', ')} and ${items.length - LIST_LIMIT} more`;

function allGates(method: Method): Map<string, Gate> {
  const gates = new Map<string, Gate>();
  for (const step of CROSS_OUT_STEPS) for (const g of method.gatesByStep[step]) gates.set(g.id, g);
  return gates;
}

/** What differs between two methods, in the terms a user edits: gate tests, step-6 weights (as shares of the total) and effects. */
export function diffMethods(before: Method, after: Method): RuleChange[] {
  const out: RuleChange[] = [];
  const oldGates = allGates(before);
  const newGates = allGates(after);
  const gateText = (g: Gate | undefined) => (g ? `step ${g.step}: ${describeTest(g)}${g.unless ? ` unless ${g.unless}` : ''}` : null);
  for (const id of new Set([...oldGates.keys(), ...newGates.keys()])) {
    const from = gateText(oldGates.get(id));
    const to = gateText(newGates.get(id));
    if (from !== to) out.push({ kind: 'gate', id, from, to });
  }
  const share = (m: Method) => new Map(m.priority.map((p) => [p.criterion, { share: m.totalWeight > 0 ? p.weight / m.totalWeight : 0, effect: p.effect }]));
  const oldShares = share(before);
  const newShares = share(after);
  const pct = (x: number | undefined) => (x === undefined ? null : `${(100 * x).toFixed(1)}%`);
  for (const id of new Set([...oldShares.keys(), ...newShares.keys()])) {
    const a = oldShares.get(id);
    const b = newShares.get(id);
    if (pct(a?.share) !== pct(b?.share)) out.push({ kind: 'weight', id, from: pct(a?.share), to: pct(b?.share) });
    if (a && b && a.effect !== b.effect) out.push({ kind: 'effect', id, from: a.effect, to: b.effect });
  }
  return out;
}

/** One line for all weight changes: the largest, and how many more ("rules: benefit weighs 20.0% -> 33.3% of the score, and 6 more weights"). */
function weightsSummary(changes: readonly RuleChange[]): string {
  const size = (r: RuleChange) => (r.kind === 'effect' ? Infinity : Math.abs(Number.parseFloat(r.to ?? '0') - Number.parseFloat(r.from ?? '0')));
  const largest = [...changes].sort((a, b) => size(b) - size(a))[0] as RuleChange;
  const text =
    largest.kind === 'effect'
      ? `${largest.id} now ${largest.to}s the score`
      : `${largest.id} weighs ${largest.from ?? 'nothing'} -> ${largest.to ?? 'nothing'} of the score`;
  return `rules: ${text}${changes.length > 1 ? `, and ${changes.length - 1} more weight ${changes.length === 2 ? 'change' : 'changes'}` : ''}`;
}

function answerChanges(before: Record<string, Answer>, after: Record<string, Answer>): AnswerChange[] {
  const out: AnswerChange[] = [];
  for (const criterion of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[criterion] ?? null;
    const to = after[criterion] ?? null;
    if (from !== to) out.push({ criterion, from, to });
  }
  return out;
}

function describeAnswer(a: AnswerChange): string {
  if (a.from === null) return `${a.criterion} answered ${show(a.to)} (was unanswered)`;
  if (a.to === null) return `${a.criterion} no longer answered (was ${show(a.from)})`;
  return `${a.criterion} ${show(a.from)} -> ${show(a.to)}`;
}

/**
 * Which processes changed verdict or rank between two scored inventories,
 * and why: the answers that changed, the gates that now fire or no longer
 * do, the rules that changed under them, and for a rank, the processes that
 * moved past it or fell behind it. Processes are matched by id.
 */
export function diffAssessments(before: DiffSide, after: DiffSide): DiffResult {
  const rules = diffMethods(before.method, after.method);
  const gateChanges = new Map(rules.filter((r) => r.kind === 'gate').map((r) => [r.id, r]));
  const weightChanges = rules.filter((r) => r.kind !== 'gate');
  const oldById = new Map(before.assessment.evaluations.map((e, i) => [e.id, { e, p: before.inventory.processes[i] }]));
  const newById = new Map(after.assessment.evaluations.map((e, i) => [e.id, { e, p: after.inventory.processes[i] }]));
  const oldRank = new Map(before.assessment.shortlist.map((e) => [e.id, e.rank ?? 0]));
  const newRank = new Map(after.assessment.shortlist.map((e) => [e.id, e.rank ?? 0]));
  const changes: ProcessChange[] = [];
  let unchanged = 0;
  let work = 0;

  for (const { e, p } of newById.values()) {
    const was = oldById.get(e.id);
    if (!was) {
      changes.push({
        id: e.id,
        name: e.name,
        change: 'added',
        old: null,
        new: standing(e),
        answers: [],
        gates: { now: [], before: [] },
        why: ['new in the inventory'],
      });
      continue;
    }
    const verdictChanged = was.e.verdict !== e.verdict;
    const rankChanged = !verdictChanged && isCandidate(e.verdict) && was.e.rank !== e.rank;
    if (!verdictChanged && !rankChanged) {
      unchanged++;
      continue;
    }
    const answers = answerChanges(was.p?.answers ?? {}, p?.answers ?? {});
    const oldGates = was.e.reasons.map((r) => r.gate).filter((g) => g !== 'priority');
    const newGates = e.reasons.map((r) => r.gate).filter((g) => g !== 'priority');
    const gates = { now: newGates.filter((g) => !oldGates.includes(g)), before: oldGates.filter((g) => !newGates.includes(g)) };
    const why: string[] = answers.map(describeAnswer);

    if (verdictChanged) {
      const criterionOf = (gate: string, ev: Evaluation) => ev.reasons.find((r) => r.gate === gate)?.criterion ?? gate;
      for (const g of gates.now)
        why.push(
          e.verdict === 'incomplete'
            ? `gate ${g} cannot be ruled out: ${criterionOf(g, e)} is not answered`
            : e.verdict === 'split'
              ? `gate ${g} fires, but only its accountable part stays in-house`
              : `gate ${g} now fires`,
        );
      for (const g of gates.before) if (was.e.verdict !== 'incomplete') why.push(`gate ${g} no longer fires`);
      for (const g of new Set([...oldGates, ...newGates])) {
        const rule = gateChanges.get(g);
        if (rule) why.push(`rules: gate ${g} ${rule.from ?? 'absent'} -> ${rule.to ?? 'removed or disabled'}`);
      }
      if (!isCandidate(was.e.verdict) && isCandidate(e.verdict)) why.push(e.verdict === 'split' ? 'passed steps 3 to 5 as a split' : 'passed steps 3 to 5');
      if (e.verdict === 'split') why.push(`stays in-house: ${keptSummary(e)}`);
    } else {
      if (weightChanges.length > 0) why.push(weightsSummary(weightChanges));
      // Tracing who moved past whom costs a pass over the shortlist per process; past a budget, say so instead.
      work += newRank.size + oldRank.size;
      if (work > TRACE_BUDGET) {
        if (why.length === 0) why.push('other processes moved around it');
        changes.push({ id: e.id, name: e.name, change: 'rank', old: standing(was.e), new: standing(e), answers, gates, why });
        continue;
      }
      const mine = { old: oldRank.get(e.id) ?? 0, new: newRank.get(e.id) ?? 0 };
      const aboveNow = [...newRank].filter(([id, r]) => id !== e.id && r < mine.new).map(([id]) => id);
      const aboveBefore = new Set([...oldRank].filter(([id, r]) => id !== e.id && r < mine.old).map(([id]) => id));
      const passedMe = aboveNow.filter((id) => !aboveBefore.has(id)).map((id) => (oldRank.has(id) ? id : `${id} (new on the shortlist)`));
      const fellBehind = [...aboveBefore].filter((id) => !aboveNow.includes(id)).map((id) => (newRank.has(id) ? id : `${id} (left the shortlist)`));
      if (passedMe.length > 0) why.push(`now below ${listed(passedMe)}`);
      if (fellBehind.length > 0) why.push(`now above ${listed(fellBehind)}`);
    }
    if (why.length === 0) why.push('the method changed');
    changes.push({ id: e.id, name: e.name, change: verdictChanged ? 'verdict' : 'rank', old: standing(was.e), new: standing(e), answers, gates, why });
  }
  for (const { e } of oldById.values()) {
    if (!newById.has(e.id))
      changes.push({
        id: e.id,
        name: e.name,
        change: 'removed',
        old: standing(e),
        new: null,
        answers: [],
        gates: { now: [], before: [] },
        why: ['no longer in the inventory'],
      });
  }
  const money = diffMoney(before.assessment, after.assessment);
  return money ? { changes, rules, unchanged, money } : { changes, rules, unchanged };
}

/** "outsource, rank 3 (81.7)" */
export function describeStanding(s: Standing | null): string {
  if (!s) return '-';
  return isCandidate(s.verdict) ? `${s.verdict}, rank ${s.rank} (${s.score?.toFixed(1)})` : s.verdict;
}
