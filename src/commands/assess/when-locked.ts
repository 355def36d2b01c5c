import type { Inventory } from '../../core/inventory/types.js';
import type { Method } from '../../core/method.js';
import type { Prompter } from '../../core/prompter.js';
import { sanitize } from '../../util/sanitize.js';
import { readSession, validateSession } from './session-file.js';
import { describeHolder, type LockHolder } from './session-lock.js';

export type WhenLocked = 'read-only' | 'wait' | 'quit';

/** The one line that says the session is taken, for the question and for a run without a terminal. */
export const inUseBy = (shownSession: string, holder: LockHolder, now?: Date): string =>
  `${shownSession} is in use by another outsource assess (${describeHolder(holder, now)})`;

/** Another interview holds the session: look without writing, wait for it, or leave. */
export function askWhenLocked(prompter: Prompter, shownSession: string, holder: LockHolder, now?: Date): Promise<WhenLocked> {
  return prompter.select<WhenLocked>({
    message: `${inUseBy(shownSession, holder, now)}. What now?`,
    choices: [
      {
        value: 'read-only',
        name: 'Look at it read-only',
        description: 'What is listed and answered so far, and the shortlist so far; nothing is written.',
      },
      {
        value: 'wait',
        name: 'Wait until that interview ends, then continue here',
        description: 'Checks twice a second; Ctrl-C stops waiting.',
      },
      { value: 'quit', name: 'Quit' },
    ],
  });
}

export interface ReadOnlyDeps {
  /** The method the saved session was started with. */
  loadMethod(rulesPath: string | null): Promise<Method>;
  renderShortlist(inventory: Inventory, method: Method): Promise<string>;
}

/** What the other interview has saved so far, shown and never written. */
export async function showReadOnly(sessionPath: string, shownSession: string, resumeHint: string, prompter: Prompter, deps: ReadOnlyDeps): Promise<void> {
  const found = await readSession(sessionPath);
  if (found.kind === 'none') {
    prompter.say(`Nothing is saved in ${shownSession} yet: the other interview has not had its first answer.`);
    return;
  }
  if (found.kind === 'broken') {
    prompter.say(`${shownSession} cannot be read (${sanitize(found.reason)}); nothing to show.`);
    return;
  }
  const checked = await validateSession(found.value);
  if (!checked.ok) {
    prompter.say(`${shownSession} cannot be read (${sanitize(checked.reason)}); nothing to show.`);
    return;
  }
  const [{ recap }, { replay }, { toInventory }] = await Promise.all([
    import('../../core/interview/recap.js'),
    import('../../core/interview/state.js'),
    import('../../core/interview/inventory.js'),
  ]);
  const method = await deps.loadMethod(checked.session.rules);
  const state = replay(checked.session, method);
  prompter.say(recap(state, method, 'Read-only'));
  if (state.processes.length > 0) prompter.say(`\n${(await deps.renderShortlist(toInventory(state, method), method)).trimEnd()}`);
  prompter.say(`\nRead-only: nothing was written. Run \`${resumeHint}\` again once the other interview has ended to continue it.`);
}
