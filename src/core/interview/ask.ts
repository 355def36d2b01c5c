import type { Method } from '../method.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { metricsFor, type Catalogues, type Suggestion } from './catalogue.js';
import type { Question } from './next.js';
import type { Choice, Prompter } from '../prompter.js';
import type { AddedProcess, SessionEvent } from './session.js';
import { nameSimilarity, MERGE_THRESHOLD } from './similar.js';
import { idFor, takenIds, type InterviewState, type ProcessState } from './state.js';
import { askOrganisation, askRevisit, askVolume } from './ask-more.js';
import { cataloguePairs } from './catalogue-duplicates.js';
import { sourceTitle } from '../sources.js';

/** What one question produced: an answer to save, a step back, or nothing (a cancelled sub-question). */
export type Outcome = { type: 'event'; event: SessionEvent } | { type: 'back' } | { type: 'none' };

export interface AskContext {
  /** Not needed by the questions of step 2, which can be asked before the method has loaded. */
  method?: Method;
  catalogues: Catalogues;
  prompter: Prompter;
  state: InterviewState;
  canGoBack: boolean;
  /** The answer just taken back, offered as the default when the same question comes again. */
  previous?: SessionEvent;
}

export const BACK = 'back';
export const DONT_KNOW = 'dont-know';

const backChoice: Choice<typeof BACK> = {
  value: BACK,
  name: '< Back: change the previous answer',
  short: 'back',
  description: 'Goes back one question. Your answers stay saved.',
};
const dontKnowChoice: Choice<typeof DONT_KNOW> = {
  value: DONT_KNOW,
  name: "? Don't know (leave it unanswered)",
  short: "don't know",
  description: 'Leaves it unanswered: the verdict stays incomplete until it is answered, because an unknown is never treated as safe.',
};

const label = (p: ProcessState | { name: string }): string => sanitize(truncate(p.name, 50));
/** Typed names keep printable text only; the terminal never gets control characters back. */
// eslint-disable-next-line no-control-regex
const cleanName = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 'es'}`;

export async function ask(question: Question, ctx: AskContext): Promise<Outcome> {
  switch (question.kind) {
    case 'list':
      return askList(ctx);
    case 'function':
      return askFunction(question.process, ctx);
    case 'merge':
      return askMerge(question.a, question.b, question.similarity, ctx);
    case 'criterion':
      return askCriterion(question.process, question.criterion.id, ctx);
    case 'metrics':
      return askMetrics(question.process, ctx);
    case 'baseline':
      return askBaseline(question.process, question.metric, ctx);
    case 'direction':
      return askDirection(question.process, question.metric, ctx);
    case 'revisit':
      return askRevisit(question.unknown, ctx);
    case 'volume':
      return askVolume(question.process, ctx);
    case 'organisation':
      return askOrganisation(ctx);
    case 'done':
      return { type: 'none' };
  }
}

const withBack = <T extends string>(choices: Choice<T>[], ctx: AskContext): Choice<T | typeof BACK>[] => (ctx.canGoBack ? [...choices, backChoice] : choices);

/** Catalogue entries not listed yet, neither by origin nor under a near-identical name. */
export function openSuggestions(state: InterviewState, catalogues: Catalogues): Suggestion[] {
  const used = new Set(state.processes.flatMap((p) => (p.suggestion ? [p.suggestion] : [])));
  return catalogues.suggestions.filter(
    (s) => !used.has(s.id) && !state.processes.some((p) => nameSimilarity(p.name, s.name) >= MERGE_THRESHOLD || cataloguePairs([p], [s]).length > 0),
  );
}

async function askList(ctx: AskContext): Promise<Outcome> {
  const { state, prompter } = ctx;
  const n = state.processes.length;
  const suggestions = openSuggestions(state, ctx.catalogues);
  const answer = await prompter.select({
    message: n === 0 ? 'Step 2: list the first process you might outsource' : `Step 2: ${plural(n, 'process')} listed. Add another, or go on?`,
    choices: withBack<'type' | 'suggest' | 'done'>(
      [
        { value: 'type', name: 'Type the name of a process', description: 'One process at a time; you will be asked its function next.' },
        {
          value: 'suggest',
          name: `Pick from what peers commonly outsource (${suggestions.length})`,
          description: 'Suggestions from rules/catalogue.yaml, each from one of the source articles.',
          ...(suggestions.length === 0 ? { disabled: '(all listed)' } : {}),
        },
        {
          value: 'done',
          name: `Done listing: go on with ${plural(n, 'process')}`,
          description: 'Then: merge near-duplicates (step 1) and the cross-out questions of steps 3 to 5.',
          ...(n === 0 ? { disabled: '(add a process first)' } : {}),
        },
      ],
      ctx,
    ),
  });
  if (answer === BACK) return { type: 'back' };
  if (answer === 'done') return { type: 'event', event: { type: 'list-done' } };
  if (answer === 'suggest') {
    const picked = await prompter.checkbox({
      message: 'Which of these do you do too? (space ticks, enter adds them)',
      choices: suggestions.map((s) => ({ value: s.id, name: `${s.name} (${s.function})`, description: `${s.why} (from "${sourceTitle(s.seed)}")` })),
    });
    if (picked.length === 0) return { type: 'none' };
    const taken = takenIds(state);
    const processes: AddedProcess[] = [];
    for (const s of suggestions) {
      if (!picked.includes(s.id)) continue;
      const id = taken.has(s.id) ? idFor(s.name, taken) : s.id;
      taken.add(id);
      processes.push({ id, name: s.name, function: s.function, suggestion: s.id });
    }
    prompter.say(processes.map((p) => `  + ${label(p)} (${p.id})`).join('\n'));
    return { type: 'event', event: { type: 'add', processes } };
  }
  const names = new Map(state.processes.map((p) => [p.name.trim().toLowerCase(), p]));
  const typed = cleanName(
    await prompter.input({
      message: 'Name of the process (empty: back to the menu):',
      validate: (value) => {
        const name = cleanName(value);
        if (name.length > 200) return `that is ${name.length} characters; keep it under 200`;
        const same = names.get(name.toLowerCase());
        return same ? `"${label(same)}" is already listed (${same.id})` : true;
      },
    }),
  );
  if (typed === '') return { type: 'none' };
  const id = idFor(typed, takenIds(state));
  prompter.say(`  + ${label({ name: typed })} (${id})`);
  return { type: 'event', event: { type: 'add', processes: [{ id, name: typed }] } };
}

/** Function names the metrics catalogue knows, then any other the suggestions use. */
export function knownFunctions(catalogues: Catalogues): string[] {
  return [...new Set([...catalogues.functions.keys(), ...catalogues.suggestions.map((s) => s.function)])];
}

async function askFunction(process: ProcessState, ctx: AskContext): Promise<Outcome> {
  // Functions typed for earlier processes come first: the next process is often in the same one.
  const typed = ctx.state.processes.flatMap((p) => (p.function !== undefined && p !== process ? [p.function] : []));
  const known = knownFunctions(ctx.catalogues);
  const functions = [...new Set([...typed.filter((f) => !known.some((k) => k.toLowerCase() === f.toLowerCase())).reverse(), ...known])];
  const previous = ctx.previous?.type === 'function' && ctx.previous.process === process.id ? ctx.previous.function : undefined;
  const answer = await ctx.prompter.select<string>({
    message: `Which function does "${label(process)}" belong to? (step 7 proposes metrics for it)`,
    choices: withBack<string>(
      [
        ...functions.map((f) => ({ value: `f:${f}`, name: f })),
        { value: 'other', name: 'Other: type its name' },
        { value: 'none', name: 'None, or not sure', description: 'Step 7 then proposes general metrics.' },
      ],
      ctx,
    ),
    ...(previous ? { default: functions.includes(previous) ? `f:${previous}` : 'other' } : {}),
  });
  if (answer === BACK) return { type: 'back' };
  let fn: string | null = null;
  if (answer.startsWith('f:')) fn = answer.slice(2);
  else if (answer === 'other') {
    const typed = cleanName(
      await ctx.prompter.input({
        message: 'Function name (empty: none):',
        validate: (v) => (cleanName(v).length > 200 ? 'keep it under 200 characters' : true),
      }),
    );
    fn = typed === '' ? null : typed;
  }
  return { type: 'event', event: { type: 'function', process: process.id, function: fn } };
}

async function askMerge(a: ProcessState, b: ProcessState, similarity: number, ctx: AskContext): Promise<Outcome> {
  const answer = await ctx.prompter.select({
    message: `Step 1: "${label(a)}" and "${label(b)}" look like the same process (${Math.round(similarity * 100)}% alike). Merge them?`,
    choices: withBack<'keep-a' | 'keep-b' | 'separate'>(
      [
        {
          value: 'keep-a',
          name: `Merge, keeping "${label(a)}"`,
          description: `${b.id} is folded into ${a.id} and listed in its merged_from; its answers fill any gaps.`,
        },
        {
          value: 'keep-b',
          name: `Merge, keeping "${label(b)}"`,
          description: `${a.id} is folded into ${b.id} and listed in its merged_from; its answers fill any gaps.`,
        },
        { value: 'separate', name: 'Keep both: they are different processes' },
      ],
      ctx,
    ),
  });
  if (answer === BACK) return { type: 'back' };
  if (answer === 'separate') return { type: 'event', event: { type: 'separate', a: a.id, b: b.id } };
  const [keep, drop] = answer === 'keep-a' ? [a, b] : [b, a];
  return { type: 'event', event: { type: 'merge', keep: keep.id, drop: drop.id } };
}

async function askCriterion(process: ProcessState, criterionId: string, ctx: AskContext): Promise<Outcome> {
  const { method } = ctx;
  const criterion = method?.criteriaById.get(criterionId);
  if (!method || !criterion) return { type: 'none' };
  const previous =
    ctx.previous?.type === 'answer' && ctx.previous.process === process.id && ctx.previous.criterion === criterionId ? ctx.previous.value : undefined;
  const help = criterion.help;
  let values: Choice<string>[];
  if (criterion.type === 'flag') {
    values = [
      { value: 'true', name: 'Yes', description: help },
      { value: 'false', name: 'No', description: help },
    ];
  } else {
    values = [];
    for (let v = method.scale.min; v <= method.scale.max; v++) {
      const text = method.scale.labels[v];
      values.push({ value: String(v), name: text ? `${v} = ${text}` : String(v), description: help });
    }
  }
  // Nothing is preselected: the cursor starts on a line that is not an answer, so a stray Enter
  // asks again instead of keeping a process in-house or handing it out. Digits still pick 1-5.
  const answer = await ctx.prompter.select<string>({
    message: `${label(process)}: ${criterion.question}`,
    choices: [...withBack<string>([...values, dontKnowChoice], ctx), unansweredChoice(criterion.type === 'flag')],
    default: previous === undefined ? UNANSWERED : previous === null ? DONT_KNOW : String(previous),
  });
  if (answer === UNANSWERED) return { type: 'none' };
  if (answer === BACK) return { type: 'back' };
  const value = answer === DONT_KNOW ? null : criterion.type === 'flag' ? answer === 'true' : Number(answer);
  return { type: 'event', event: { type: 'answer', process: process.id, criterion: criterionId, value } };
}

export const UNANSWERED = 'unanswered';
const unansweredChoice = (flag: boolean): Choice<string> => ({
  value: UNANSWERED,
  name: flag ? '  (no answer yet: press y or n, or use the arrows)' : '  (no answer yet: press a digit, or use the arrows)',
  short: 'no answer yet',
  description: 'Pick an answer above; Enter here asks again.',
});

const BACK_TICK = '<back>';
const OWN_TICK = '<own>';

async function askMetrics(process: ProcessState, ctx: AskContext): Promise<Outcome> {
  const proposals = metricsFor(ctx.catalogues, process.function);
  const choices: Choice<string>[] = proposals.map((m) => ({
    value: m.name,
    name: `${m.name} (${m.unit})`,
    description: `${m.help} (from "${sourceTitle(m.seed)}")`,
    checked: true,
  }));
  choices.push({ value: OWN_TICK, name: 'A metric of your own (you name it and its unit next)' });
  if (ctx.canGoBack) choices.push({ value: BACK_TICK, name: '< Back: change the previous answer (tick this alone)' });
  const picked = await ctx.prompter.checkbox({ message: `Step 7: which metrics will you track for "${label(process)}"?`, choices });
  // "a" ticks everything, Back included: Back counts only when it is the one thing ticked.
  if (picked.length === 1 && picked[0] === BACK_TICK) return { type: 'back' };
  const metrics = proposals.filter((m) => picked.includes(m.name)).map((m) => ({ name: m.name, unit: m.unit }));
  if (picked.includes(OWN_TICK)) metrics.push(...(await askOwnMetrics(ctx, new Set(metrics.map((m) => m.name.toLowerCase())))));
  return { type: 'event', event: { type: 'metrics', process: process.id, metrics } };
}

/** Metrics the catalogue does not have: a name and a unit each, until an empty name. */
async function askOwnMetrics(ctx: AskContext, taken: Set<string>): Promise<{ name: string; unit: string }[]> {
  const out: { name: string; unit: string }[] = [];
  for (;;) {
    const name = cleanName(
      await ctx.prompter.input({
        message: out.length === 0 ? 'Name of your metric (empty: none):' : 'Another metric of your own (empty: done):',
        validate: (v) =>
          cleanName(v).length > 200 ? 'keep it under 200 characters' : taken.has(cleanName(v).toLowerCase()) ? 'that metric is already tracked' : true,
      }),
    );
    if (name === '') return out;
    const unit = cleanName(
      await ctx.prompter.input({
        message: `Unit of "${sanitize(name)}" (e.g. %, hours, days, count):`,
        validate: (v) => (cleanName(v) === '' ? 'a metric needs a unit' : cleanName(v).length > 50 ? 'keep it under 50 characters' : true),
      }),
    );
    taken.add(name.toLowerCase());
    out.push({ name, unit });
  }
}

/** "48", "2 days", "12.5%", "3,5 h": a number, then optionally a unit that replaces the proposed one. */
export function parseBaseline(text: string, defaultUnit: string): { baseline: number | null; unit: string } | 'back' | undefined {
  const t = text.trim();
  if (t === '' || t === '?') return { baseline: null, unit: defaultUnit };
  if (/^(b|back|<)$/i.test(t)) return 'back';
  const match = /^([-+]?\d+(?:[.,]\d+)?)\s*(.*)$/.exec(t);
  if (!match) return undefined;
  const baseline = Number((match[1] ?? '').replace(',', '.'));
  const unit = cleanName(match[2] ?? '');
  if (!Number.isFinite(baseline) || unit.length > 50) return undefined;
  return { baseline, unit: unit === '' ? defaultUnit : unit };
}

async function askBaseline(process: ProcessState, metric: { name: string; unit: string }, ctx: AskContext): Promise<Outcome> {
  const previous = ctx.previous?.type === 'baseline' && ctx.previous.process === process.id && ctx.previous.metric === metric.name ? ctx.previous : undefined;
  const answer = await ctx.prompter.input({
    message: `${label(process)}: baseline of "${sanitize(metric.name)}" today, in ${sanitize(metric.unit)}?`,
    ...(previous && previous.baseline !== null ? { default: `${previous.baseline} ${previous.unit}` } : {}),
    validate: (value) =>
      parseBaseline(value, metric.unit) === undefined
        ? 'type a number such as 48, or a number and a unit such as "2 days"; empty if you do not know; b to go back'
        : true,
  });
  const parsed = parseBaseline(answer, metric.unit);
  if (parsed === 'back') return ctx.canGoBack ? { type: 'back' } : { type: 'none' };
  if (parsed === undefined) return { type: 'none' };
  return { type: 'event', event: { type: 'baseline', process: process.id, metric: metric.name, baseline: parsed.baseline, unit: parsed.unit } };
}

/** Asked only for a metric the catalogue does not know: tracking and the roadmap checks need its direction. */
async function askDirection(process: ProcessState, metric: { name: string; unit: string }, ctx: AskContext): Promise<Outcome> {
  const answer = await ctx.prompter.select<'lower' | 'higher' | typeof BACK>({
    message: `${label(process)}: is a lower or a higher "${sanitize(metric.name)}" (${sanitize(metric.unit)}) better?`,
    choices: withBack(
      [
        { value: 'lower', name: 'Lower is better', description: 'like turnaround, cost per unit or rework rate' },
        { value: 'higher', name: 'Higher is better', description: 'like on-time delivery or first-time-right rate' },
      ],
      ctx,
    ),
  });
  if (answer === BACK) return { type: 'back' };
  return { type: 'event', event: { type: 'direction', process: process.id, metric: metric.name, better: answer } };
}
