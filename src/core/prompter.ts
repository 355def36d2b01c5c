/** One choice of a `select` or `checkbox` question. */
export interface Choice<T> {
  value: T;
  /** The label shown; never relies on colour. */
  name: string;
  /** Shown instead of `name` once chosen. */
  short?: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** true, or the reason it cannot be chosen now. */
  disabled?: boolean | string;
  /** checkbox only: ticked to begin with. */
  checked?: boolean;
}

/**
 * What the interview needs from a terminal. The command backs it with
 * @inquirer/prompts; tests back it with a script.
 */
export interface Prompter {
  select<T extends string>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(question: { message: string; choices: readonly Choice<T>[] }): Promise<T[]>;
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** Text between questions: step headers, summaries, the shortlist. */
  say(text: string): void;
}

/** The user stopped the interview (Ctrl-C); everything answered is already saved. */
export class InterviewInterrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterviewInterrupted';
  }
}
