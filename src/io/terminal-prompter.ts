import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { InterviewInterrupted, type Choice, type Prompter } from '../core/prompter.js';
import { wrapText } from '../util/wrap.js';
import { sanitize } from '../util/sanitize.js';

export interface TerminalOptions {
  /** Aborted by SIGINT outside a prompt; the next prompt then stops at once. */
  signal: AbortSignal;
  color: boolean;
  columns: number;
  rows: number;
  write(text: string): void;
  /** Questions on stderr, when stdout carries a machine format. */
  toStderr?: boolean;
}

const plain = (text: string) => text;

/**
 * Without colour every style is the identity; markers (the ❯ cursor, ✔ for a
 * given answer, ◉/◯ for ticks, "(disabled)") carry the meaning on their own.
 */
function theme(color: boolean) {
  if (color) return {};
  return {
    prefix: { idle: '?', done: '✔' },
    style: {
      answer: plain,
      message: plain,
      error: (text: string) => `> ${text}`,
      defaultAnswer: (text: string) => `(${text})`,
      help: plain,
      highlight: plain,
      key: (text: string) => `<${text}>`,
      description: plain,
      disabled: plain,
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
    },
  };
}

/** A prompt stopped by Ctrl-C (ExitPromptError) or by SIGINT (AbortPromptError) ends the interview, answers saved. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new InterviewInterrupted();
    throw error;
  }
}

/** The real terminal, through @inquirer/prompts. */
export function terminalPrompter(options: TerminalOptions): Prompter {
  // The prompt is cleared once answered and replaced by one line wrapped at
  // word boundaries: inquirer would cut a long "question + answer" mid-word.
  const context = { signal: options.signal, clearPromptOnDone: true, ...(options.toStderr ? { output: process.stderr } : {}) };
  const t = theme(options.color);
  const pageSize = (n: number) => Math.max(5, Math.min(n, options.rows - 8));
  const wrap = (text: string) => wrapText(text, options.columns - 2).replace(/\n/g, '\n  ');
  const record = (message: string, answer: string) => options.write(`${wrapText(`✔ ${message} ${answer}`, options.columns, 2)}\n`);
  const toInquirer = <T extends string>(c: Choice<T>) => ({
    value: c.value,
    name: c.name,
    ...(c.description === undefined ? {} : { description: wrapText(c.description, options.columns) }),
    ...(c.disabled === undefined ? {} : { disabled: c.disabled }),
    ...(c.checked === undefined ? {} : { checked: c.checked }),
  });
  const labelOf = <T extends string>(choices: readonly Choice<T>[], value: T) => {
    const choice = choices.find((c) => c.value === value);
    return choice?.short ?? choice?.name ?? value;
  };
  return {
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const value = await guarded(() =>
        select<T>(
          {
            message: wrap(q.message),
            choices: q.choices.map(toInquirer),
            pageSize: pageSize(q.choices.length),
            theme: t,
            ...(q.default === undefined ? {} : { default: q.default }),
          },
          context,
        ),
      );
      record(q.message, labelOf(q.choices, value));
      return value;
    },
    async checkbox<T extends string>(q: { message: string; choices: readonly Choice<T>[] }) {
      const values = await guarded(() =>
        checkbox<T>({ message: wrap(q.message), choices: q.choices.map(toInquirer), pageSize: pageSize(q.choices.length), theme: t }, context),
      );
      record(q.message, values.length === 0 ? '(none)' : values.map((v) => labelOf(q.choices, v)).join(', '));
      return values;
    },
    async input(q) {
      const value = await guarded(() =>
        input(
          { message: wrap(q.message), theme: t, ...(q.default === undefined ? {} : { default: q.default }), ...(q.validate ? { validate: q.validate } : {}) },
          context,
        ),
      );
      record(q.message, sanitize(value) || '(nothing)');
      return value;
    },
    async confirm(q) {
      const value = await guarded(() => confirm({ message: wrap(q.message), theme: t, ...(q.default === undefined ? {} : { default: q.default }) }, context));
      record(q.message, value ? 'yes' : 'no');
      return value;
    },
    say: (text) => options.write(`${wrapText(text, options.columns)}\n`),
  };
}
