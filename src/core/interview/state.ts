import type { Metric } from '../inventory/types.js';
import type { Volume } from '../engagement/schema.js';
import type { Answers, Method } from '../method.js';
import type { Session, SessionEvent } from './session.js';

export interface ProcessState {
  id: string;
  name: string;
  function?: string;
  answers: Answers;
  /** Criteria answered "don't know": not asked again, still unanswered. */
  unknown: Set<string>;
  /** undefined until step 7 has asked which metrics to track. */
  metrics?: Metric[];
  /** Metrics whose baseline was asked (answered or "don't know"). */
  baselineAsked: Set<string>;
  merged_from: string[];
  suggestion?: string;
  /** Typed in by name: its function is asked next. */
  functionPending: boolean;
  /** Asked in step 7 for shortlisted processes, or kept from the inventory it extends. */
  volume?: Volume;
  /** Step 7 asked the volume (answered or "don't know"). */
  volumeAsked: boolean;
}

/** Everything the interview knows: the starting point with every answer so far applied. */
export interface InterviewState {
  organisation?: string;
  processes: ProcessState[];
  listDone: boolean;
  /** Pairs the user chose to keep apart, as "a|b" with a < b. */
  separated: Set<string>;
  /** Answers that no longer apply (the rules changed since they were given). */
  ignored: number;
  /** Whether the "don't know" answers were offered again before the shortlist. */
  revisitAsked: boolean;
  /** Whether the organisation's name was asked. */
  organisationAsked: boolean;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The state of a new interview with nothing listed: needs no method. */
export const emptyState = (): InterviewState => ({
  processes: [],
  listDone: false,
  separated: new Set(),
  ignored: 0,
  revisitAsked: false,
  organisationAsked: false,
});

export function initialState(base: Session['base'], method: Method): InterviewState {
  const state: InterviewState = {
    processes: [],
    listDone: base.listDone,
    separated: new Set(),
    ignored: 0,
    revisitAsked: false,
    organisationAsked: base.organisation !== undefined,
  };
  if (base.organisation !== undefined) state.organisation = base.organisation;
  for (const p of base.processes) {
    const answers: Answers = {};
    for (const [criterion, value] of Object.entries(p.answers)) {
      if (acceptsAnswer(method, criterion, value)) answers[criterion] = value;
      else state.ignored++;
    }
    const process: ProcessState = {
      id: p.id,
      name: p.name,
      answers,
      unknown: new Set(),
      baselineAsked: new Set(),
      merged_from: [...(p.merged_from ?? [])],
      functionPending: false,
      volumeAsked: p.volume !== undefined,
    };
    if (p.function !== undefined) process.function = p.function;
    if (p.metrics && p.metrics.length > 0) process.metrics = p.metrics.map((m) => ({ ...m }));
    if (p.volume) process.volume = { ...p.volume };
    state.processes.push(process);
  }
  return state;
}

/** Whether a value is a valid answer to a criterion of this method. */
export function acceptsAnswer(method: Method, criterion: string, value: unknown): value is number | boolean {
  const c = method.criteriaById.get(criterion);
  if (!c) return false;
  if (c.type === 'flag') return typeof value === 'boolean';
  return typeof value === 'number' && Number.isInteger(value) && value >= method.scale.min && value <= method.scale.max;
}

const find = (state: InterviewState, id: string) => state.processes.find((p) => p.id === id);

/** Every id in use, including ids merged away, which must never be given out again. */
export function takenIds(state: InterviewState): Set<string> {
  const taken = new Set<string>();
  for (const p of state.processes) {
    taken.add(p.id);
    for (const m of p.merged_from) taken.add(m);
  }
  return taken;
}

/** Applies one answer in place. An answer that does not fit (rules changed, process gone) is counted and skipped. */
export function applyEvent(state: InterviewState, event: SessionEvent, method: Method): void {
  const skip = () => void state.ignored++;
  switch (event.type) {
    case 'add': {
      const taken = takenIds(state);
      for (const added of event.processes) {
        if (taken.has(added.id)) {
          skip();
          continue;
        }
        taken.add(added.id);
        const p: ProcessState = {
          id: added.id,
          name: added.name,
          answers: {},
          unknown: new Set(),
          baselineAsked: new Set(),
          merged_from: [],
          functionPending: added.function === undefined,
          volumeAsked: false,
        };
        if (added.function !== undefined) p.function = added.function;
        if (added.suggestion !== undefined) p.suggestion = added.suggestion;
        state.processes.push(p);
      }
      return;
    }
    case 'function': {
      const p = find(state, event.process);
      if (!p) return skip();
      p.functionPending = false;
      if (event.function === null) delete p.function;
      else p.function = event.function;
      return;
    }
    case 'list-done':
      state.listDone = true;
      return;
    case 'merge': {
      const keep = find(state, event.keep);
      const drop = find(state, event.drop);
      if (!keep || !drop || keep === drop) return skip();
      mergeInto(keep, drop);
      state.processes = state.processes.filter((p) => p !== drop);
      return;
    }
    case 'separate':
      state.separated.add(pairKey(event.a, event.b));
      return;
    case 'answer': {
      const p = find(state, event.process);
      if (!p) return skip();
      if (event.value === null) {
        if (!method.criteriaById.has(event.criterion)) return skip();
        delete p.answers[event.criterion];
        p.unknown.add(event.criterion);
        return;
      }
      if (!acceptsAnswer(method, event.criterion, event.value)) return skip();
      p.answers[event.criterion] = event.value;
      p.unknown.delete(event.criterion);
      return;
    }
    case 'metrics': {
      const p = find(state, event.process);
      if (!p) return skip();
      const before = new Map((p.metrics ?? []).map((m) => [m.name, m]));
      p.metrics = event.metrics.map((m) => ({ ...before.get(m.name), name: m.name, unit: m.unit }));
      return;
    }
    case 'revisit':
      state.revisitAsked = true;
      if (event.revisit) for (const p of state.processes) for (const id of p.unknown) if (method.criteriaById.get(id)?.optional !== true) p.unknown.delete(id);
      return;
    case 'volume': {
      const p = find(state, event.process);
      if (!p) return skip();
      p.volumeAsked = true;
      if (event.volume === null) delete p.volume;
      else p.volume = { ...event.volume };
      return;
    }
    case 'organisation':
      state.organisationAsked = true;
      if (event.name === null) delete state.organisation;
      else state.organisation = event.name;
      return;
    case 'baseline': {
      const p = find(state, event.process);
      const metric = p?.metrics?.find((m) => m.name === event.metric);
      if (!p || !metric) return skip();
      p.baselineAsked.add(event.metric);
      metric.unit = event.unit;
      if (event.baseline === null) delete metric.baseline;
      else metric.baseline = event.baseline;
      return;
    }
    case 'direction': {
      const metric = find(state, event.process)?.metrics?.find((m) => m.name === event.metric);
      if (!metric) return skip();
      metric.better = event.better;
      return;
    }
  }
}

/**
 * Step 1: the kept process takes the other's place. Its own answers win;
 * the other's fill what it lacks; `merged_from` records every id absorbed.
 */
function mergeInto(keep: ProcessState, drop: ProcessState): void {
  for (const [criterion, value] of Object.entries(drop.answers)) {
    if (keep.answers[criterion] === undefined) {
      keep.answers[criterion] = value;
      keep.unknown.delete(criterion);
    }
  }
  for (const criterion of drop.unknown) if (keep.answers[criterion] === undefined) keep.unknown.add(criterion);
  if (keep.function === undefined && drop.function !== undefined) {
    keep.function = drop.function;
    keep.functionPending = false;
  }
  if (drop.metrics) {
    const names = new Set((keep.metrics ?? []).map((m) => m.name.toLowerCase()));
    const extra = drop.metrics.filter((m) => !names.has(m.name.toLowerCase()));
    if (keep.metrics || extra.length > 0) keep.metrics = [...(keep.metrics ?? []), ...extra.map((m) => ({ ...m }))];
    for (const name of drop.baselineAsked) keep.baselineAsked.add(name);
  }
  if (!keep.volume && drop.volume) keep.volume = drop.volume;
  keep.volumeAsked ||= drop.volumeAsked;
  keep.merged_from = [...new Set([...keep.merged_from, drop.id, ...drop.merged_from])];
}

/** The state after the session's answers, replayed in order. */
export function replay(session: Pick<Session, 'base' | 'events'>, method: Method): InterviewState {
  const state = initialState(session.base, method);
  for (const event of session.events) applyEvent(state, event, method);
  return state;
}

/** A readable, unique id for a typed name: "Newsletters – EMEA" -> "newsletters-emea". */
export function idFor(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'process';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
