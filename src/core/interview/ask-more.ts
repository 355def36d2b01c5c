import type { Volume } from '../engagement/schema.js';
import type { Method } from '../method.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import type { Outcome } from './ask.js';
import type { Choice, Prompter } from '../prompter.js';
import type { ProcessState } from './state.js';

/** The questions added around the shortlist: "don't know" again, volume, the organisation's name. */
export interface MoreContext {
  method?: Method;
  prompter: Prompter;
  canGoBack: boolean;
}

const BACK = 'back';
const label = (p: { name: string }): string => sanitize(truncate(p.name, 50));

export async function askRevisit(unknown: { process: ProcessState; criteria: string[] }[], ctx: MoreContext): Promise<Outcome> {
  const n = unknown.reduce((sum, u) => sum + u.criteria.length, 0);
  const list = unknown
    .slice(0, 8)
    .map((u) => `  ${label(u.process)}: ${u.criteria.map((c) => c.replace(/_/g, ' ')).join(', ')}`)
    .join('\n');
  ctx.prompter.say(
    `"Don't know" was the answer ${n === 1 ? 'once' : `${n} times`}; a process stays incomplete until it is answered:\n${list}${unknown.length > 8 ? `\n  ... and ${unknown.length - 8} more processes` : ''}`,
  );
  const answer = await ctx.prompter.select<'yes' | 'no' | typeof BACK>({
    message: 'Before the shortlist: answer them now?',
    choices: [
      { value: 'yes', name: 'Yes: ask them again (you may still say "don\'t know")' },
      { value: 'no', name: 'No: leave them unanswered (those processes stay incomplete)' },
      ...(ctx.canGoBack ? [{ value: BACK, name: '< Back: change the previous answer' } as const] : []),
    ],
  });
  if (answer === BACK) return { type: 'back' };
  return { type: 'event', event: { type: 'revisit', revisit: answer === 'yes' } };
}

const PATTERNS: Choice<Volume['pattern']>[] = [
  { value: 'steady', name: 'Steady: about the same every month' },
  { value: 'seasonal', name: 'Seasonal: peaks and troughs' },
  { value: 'project', name: 'Project: comes in bursts' },
];

/** "120" or "120 h": hours a month; empty is "don't know"; b goes back. */
export function parseHours(text: string): number | null | 'back' | undefined {
  const t = text.trim();
  if (t === '' || t === '?') return null;
  if (/^(b|back|<)$/i.test(t)) return 'back';
  const m = /^(\d+(?:[.,]\d+)?)\s*(h|hours?)?$/i.exec(t);
  if (!m) return undefined;
  const hours = Number((m[1] ?? '').replace(',', '.'));
  return Number.isFinite(hours) && hours <= 1_000_000 ? hours : undefined;
}

/** How much work, and how it arrives: chooses resource or project support and the number of seats. */
export async function askVolume(process: ProcessState, ctx: MoreContext): Promise<Outcome> {
  const typed = await ctx.prompter.input({
    message: `${label(process)}: how many hours of work a month? (for seasonal work, the average; empty if you do not know)`,
    validate: (v) => (parseHours(v) === undefined ? 'type a number of hours such as 120; empty if you do not know; b to go back' : true),
  });
  const hours = parseHours(typed);
  if (hours === 'back') return ctx.canGoBack ? { type: 'back' } : { type: 'none' };
  if (hours === undefined) return { type: 'none' };
  if (hours === null) return { type: 'event', event: { type: 'volume', process: process.id, volume: null } };
  const pattern = await ctx.prompter.select<Volume['pattern']>({ message: `${label(process)}: how does the work arrive?`, choices: PATTERNS });
  return { type: 'event', event: { type: 'volume', process: process.id, volume: { hours_per_month: hours, pattern } } };
}

// eslint-disable-next-line no-control-regex
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();

export async function askOrganisation(ctx: MoreContext): Promise<Outcome> {
  const typed = clean(
    await ctx.prompter.input({
      message: "The organisation's name, for the inventory and the report (empty: leave it out):",
      validate: (v) => (clean(v).length > 500 ? 'keep it under 500 characters' : true),
    }),
  );
  return { type: 'event', event: { type: 'organisation', name: typed === '' ? null : typed } };
}
