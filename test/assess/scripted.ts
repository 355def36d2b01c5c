/** A prompt driver that answers from a script, for running the interview without a terminal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogues } from '../../src/core/interview/catalogue.js';
import { loadCatalogues } from '../../src/core/interview/catalogue-schema.js';
import { InterviewInterrupted, type Choice, type Prompter } from '../../src/core/prompter.js';
import { repoRoot } from '../helpers/paths.js';

export type Kind = 'select' | 'checkbox' | 'input' | 'confirm';

export interface Step {
  kind: Kind;
  /** The question must match this (a substring or a pattern). */
  expect?: string | RegExp;
  /**
   * select: a choice value, or the start of its label; DEFAULT takes the preselected one.
   * checkbox: values or label starts to tick (the rest unticked); DEFAULT keeps the ticks as offered.
   * input: the text typed. confirm: true or false.
   */
  answer: string | string[] | boolean;
}

export const DEFAULT = Symbol('default') as unknown as string;

export interface Asked {
  kind: Kind;
  message: string;
  choices?: Choice<string>[];
  default?: string | boolean;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly said: string[] = [];
  private index = 0;

  /** `onAsk` runs before each question is answered, e.g. to look at the session file at that moment. */
  constructor(
    private readonly script: Step[],
    private readonly onAsk?: (asked: Asked) => void,
  ) {}

  get remaining(): number {
    return this.script.length - this.index;
  }

  /** Everything shown, questions and texts, in order. */
  get transcript(): string {
    return this.log.join('\n');
  }

  private readonly log: string[] = [];

  private take(kind: Kind, message: string): Step {
    const asked = this.asked.at(-1);
    if (asked) this.onAsk?.(asked);
    const step = this.script[this.index];
    // Running out of script is the user pressing Ctrl-C.
    if (!step) throw new InterviewInterrupted();
    this.index++;
    if (step.kind !== kind) throw new Error(`script step ${this.index}: expected a ${step.kind} question, got ${kind}: "${message}"`);
    const ok = step.expect === undefined || (typeof step.expect === 'string' ? message.includes(step.expect) : step.expect.test(message));
    if (!ok) throw new Error(`script step ${this.index}: question "${message}" does not match ${String(step.expect)}`);
    return step;
  }

  private pick<T extends string>(choices: readonly Choice<T>[], answer: string, message: string): Choice<T> {
    const choice = choices.find((c) => c.value === answer) ?? choices.find((c) => c.name.startsWith(answer));
    if (!choice) throw new Error(`no choice "${answer}" in "${message}": ${choices.map((c) => c.name).join(' | ')}`);
    if (choice.disabled) throw new Error(`choice "${choice.name}" is disabled in "${message}"`);
    return choice;
  }

  select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> {
    this.asked.push({ kind: 'select', message: q.message, choices: [...q.choices], ...(q.default === undefined ? {} : { default: q.default }) });
    this.log.push(`? ${q.message}`);
    const step = this.take('select', q.message);
    if (step.answer === DEFAULT) {
      if (q.default === undefined) throw new Error(`"${q.message}" has no default`);
      return Promise.resolve(q.default);
    }
    const choice = this.pick(q.choices, String(step.answer), q.message);
    this.log.push(`> ${choice.name}`);
    return Promise.resolve(choice.value);
  }

  checkbox<T extends string>(q: { message: string; choices: readonly Choice<T>[] }): Promise<T[]> {
    this.asked.push({ kind: 'checkbox', message: q.message, choices: [...q.choices] });
    this.log.push(`? ${q.message}`);
    const step = this.take('checkbox', q.message);
    if (step.answer === DEFAULT) return Promise.resolve(q.choices.filter((c) => c.checked).map((c) => c.value));
    const wanted = Array.isArray(step.answer) ? step.answer : [String(step.answer)];
    const picked = wanted.map((w) => this.pick(q.choices, w, q.message).value);
    this.log.push(`> ${picked.join(', ')}`);
    return Promise.resolve(picked);
  }

  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string> {
    this.asked.push({ kind: 'input', message: q.message, ...(q.default === undefined ? {} : { default: q.default }) });
    this.log.push(`? ${q.message}`);
    const step = this.take('input', q.message);
    let text = step.answer === DEFAULT ? (q.default ?? '') : String(step.answer);
    if (text === '' && q.default !== undefined) text = q.default;
    const valid = q.validate ? q.validate(text) : true;
    if (valid !== true) throw new Error(`input "${text}" rejected for "${q.message}": ${valid}`);
    this.log.push(`> ${text}`);
    return Promise.resolve(text);
  }

  confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    this.asked.push({ kind: 'confirm', message: q.message, ...(q.default === undefined ? {} : { default: q.default }) });
    this.log.push(`? ${q.message}`);
    const step = this.take('confirm', q.message);
    return Promise.resolve(step.answer === DEFAULT ? (q.default ?? false) : Boolean(step.answer));
  }

  say(text: string): void {
    this.said.push(text);
    this.log.push(text);
  }
}

export const sel = (answer: string, expect?: string | RegExp): Step => ({ kind: 'select', answer, ...(expect === undefined ? {} : { expect }) });
export const typed = (answer: string, expect?: string | RegExp): Step => ({ kind: 'input', answer, ...(expect === undefined ? {} : { expect }) });
export const ticks = (answer: string[] | string, expect?: string | RegExp): Step => ({ kind: 'checkbox', answer, ...(expect === undefined ? {} : { expect }) });

let catalogues: Catalogues | undefined;

/** rules/catalogue.yaml and rules/metrics.yaml, as the command loads them. */
export function shippedCatalogues(): Catalogues {
  if (catalogues) return catalogues;
  const read = (name: string) => ({ file: `rules/${name}`, text: readFileSync(join(repoRoot, 'rules', name), 'utf8') });
  const result = loadCatalogues(read('catalogue.yaml'), read('metrics.yaml'));
  if (!result.ok) throw new Error(`catalogues do not load: ${result.errors.map((e) => e.message).join('; ')}`);
  catalogues = result.value;
  return catalogues;
}
