import type { Inventory } from '../inventory/types.js';
import type { Method } from '../method.js';
import { ask, type Outcome } from './ask.js';
import type { Catalogues } from './catalogue.js';
import { toInventory } from './inventory.js';
import { nextQuestion, stageIndex, STAGES, type Stage } from './next.js';
import type { Prompter } from '../prompter.js';
import type { Session, SessionEvent } from './session.js';
import { applyEvent, replay, type InterviewState } from './state.js';
import { stepSummary } from './summary.js';
import { stageHeader } from './headers.js';

export interface InterviewDeps {
  method: Method;
  catalogues: Catalogues;
  prompter: Prompter;
  /** Called after every answer (and every step back) with the whole session; resolves once it is safely stored. */
  save(session: Session): Promise<void>;
  /** The shortlist as `outsource score` shows it; the table renderer is loaded only when this is called. */
  renderShortlist(inventory: Inventory): Promise<string>;
  /** ISO time, injectable for tests. */
  now(): string;
}

/**
 * The first question, already asked and answered by the caller (so it could
 * be shown before this module and the method were loaded).
 */
export interface FirstAnswer {
  stage: Stage;
  outcome: Outcome;
}

export interface InterviewResult {
  session: Session;
  state: InterviewState;
  inventory: Inventory;
}

/**
 * Runs the seven steps until nothing is left to ask. Each question comes
 * from the state alone (`nextQuestion`), so a resumed session and a session
 * that went back pick up exactly where the answers leave them.
 */
export async function runInterview(session: Session, deps: InterviewDeps, first?: FirstAnswer): Promise<InterviewResult> {
  const { method, catalogues, prompter } = deps;
  let state = replay(session, method);
  let at: Stage | undefined = first?.stage;
  let previous: SessionEvent | undefined;
  if (first?.outcome.type === 'event') {
    session.events.push(first.outcome.event);
    session.updated = deps.now();
    applyEvent(state, first.outcome.event, method);
    await deps.save(session);
  }

  const announce = async (from: Stage | undefined, to: Stage) => {
    if (from === to) return;
    if (from !== undefined && stageIndex(to) < stageIndex(from)) {
      prompter.say(`(back to ${to === 'list' ? 'step 2' : to === 'merge' ? 'step 1' : `step ${to}`})`);
      return;
    }
    // On a fresh start or a resume, what the answers already decided is shown first.
    for (const stage of STAGES.slice(stageIndex(from ?? 'list'), stageIndex(to))) {
      if (stage === 3 || stage === 4 || stage === 5) prompter.say(stepSummary(state, method, stage));
      if (stage === 6) prompter.say(`\n${(await deps.renderShortlist(toInventory(state, method))).trimEnd()}`);
    }
    const header = stageHeader(to, method, catalogues);
    if (header) prompter.say(header);
  };

  for (;;) {
    const question = nextQuestion(state, method);
    await announce(at, question.stage);
    at = question.stage;
    if (question.kind === 'done') break;
    const outcome = await ask(question, { method, catalogues, prompter, state, canGoBack: session.events.length > 0, ...(previous ? { previous } : {}) });
    previous = undefined;
    if (outcome.type === 'back') {
      previous = session.events.pop();
      session.updated = deps.now();
      await deps.save(session);
      state = replay(session, method);
    } else if (outcome.type === 'event') {
      session.events.push(outcome.event);
      session.updated = deps.now();
      applyEvent(state, outcome.event, method);
      await deps.save(session);
    }
  }
  return { session, state, inventory: toInventory(state, method) };
}
