/** Runs the interview in-process against a script, the way the command does but without a terminal or files. */
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { runInterview, type InterviewResult } from '../../src/core/interview/interview.js';
import { InterviewInterrupted } from '../../src/core/prompter.js';
import { newSession, sessionShape, type Session } from '../../src/core/interview/session.js';
import type { Method } from '../../src/core/method.js';
import { renderTable } from '../../src/reporters/score/table.js';
import { defaultMethod } from '../helpers/method.js';
import { ScriptedPrompter, shippedCatalogues, type Step } from './scripted.js';

export interface Run {
  prompter: ScriptedPrompter;
  /** The session as stored after each save, in order (JSON round trip, as on disk). */
  saves: Session[];
  /** How many script steps had been used at each save. */
  usedAtSave: number[];
  result?: InterviewResult;
  interrupted: boolean;
  session: Session;
}

export const emptySession = (base: Partial<Session['base']> = {}): Session =>
  newSession({ out: '/tmp/inventory.yaml', rules: null, base: { processes: [], listDone: false, from: [], ...base }, now: '2030-01-01T00:00:00.000Z' });

export async function runScript(script: Step[], session: Session = emptySession(), method: Method = defaultMethod()): Promise<Run> {
  const prompter = new ScriptedPrompter(script);
  const saves: Session[] = [];
  const usedAtSave: number[] = [];
  const run: Run = { prompter, saves, usedAtSave, interrupted: false, session };
  try {
    run.result = await runInterview(session, {
      method,
      catalogues: shippedCatalogues(),
      prompter,
      now: () => '2030-01-01T00:00:00.000Z',
      save: (s) => {
        saves.push(sessionShape.parse(JSON.parse(JSON.stringify(s))));
        usedAtSave.push(script.length - prompter.remaining);
        return Promise.resolve();
      },
      renderShortlist: (inventory) => Promise.resolve(renderTable({ assessment: evaluateInventory(inventory, method), method }, { color: false, width: 80 })),
    });
  } catch (error) {
    if (!(error instanceof InterviewInterrupted)) throw error;
    run.interrupted = true;
  }
  return run;
}

/** The questions asked, as "kind: message". */
export const questions = (run: Run): string[] => run.prompter.asked.map((q) => `${q.kind}: ${q.message}`);
