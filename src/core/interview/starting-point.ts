import type { Inventory, Process } from '../inventory/types.js';
import type { BaseProcess, Session } from './session.js';

/** An inventory the interview starts from, and the name it was given as. */
export interface StartingFile {
  file: string;
  inventory: Inventory;
}

function toBase(p: Process): BaseProcess {
  const base: BaseProcess = { id: p.id, name: p.name, answers: { ...p.answers } };
  if (p.function !== undefined) base.function = p.function;
  if (p.metrics) base.metrics = p.metrics.map((m) => ({ ...m }));
  if (p.merged_from) base.merged_from = [...p.merged_from];
  if (p.volume) base.volume = { ...p.volume };
  return base;
}

/**
 * Where a new interview starts: --inventory gives processes to continue and
 * extend; --answers fills in answers (and adds its processes); with
 * --answers alone its process list is taken as complete. `raters` counts
 * the processes that came with several raters' answers.
 */
export function mergeStartingPoint(given?: StartingFile, answerFile?: StartingFile): { base: Session['base']; raters: number } {
  const base: Session['base'] = { processes: [], listDone: false, from: [] };
  let raters = 0;
  if (given) {
    const { inventory } = given;
    if (inventory.organisation !== undefined) base.organisation = inventory.organisation;
    base.processes = inventory.processes.map(toBase);
    raters += inventory.processes.filter((p) => p.answers_by).length;
    base.from.push(given.file);
  }
  if (answerFile) {
    const answers = answerFile.inventory;
    if (base.organisation === undefined && answers.organisation !== undefined) base.organisation = answers.organisation;
    const byId = new Map(base.processes.map((p) => [p.id, p]));
    for (const p of answers.processes) {
      raters += p.answers_by ? 1 : 0;
      const existing = byId.get(p.id);
      if (!existing) {
        base.processes.push(toBase(p));
        continue;
      }
      for (const [criterion, value] of Object.entries(p.answers)) if (existing.answers[criterion] === undefined) existing.answers[criterion] = value;
      const extra = toBase(p);
      if (existing.function === undefined && extra.function !== undefined) existing.function = extra.function;
      if (existing.metrics === undefined && extra.metrics !== undefined) existing.metrics = extra.metrics;
      if (existing.merged_from === undefined && extra.merged_from !== undefined) existing.merged_from = extra.merged_from;
      if (existing.volume === undefined && extra.volume !== undefined) existing.volume = extra.volume;
    }
    base.from.push(answerFile.file);
    base.listDone = given === undefined && base.processes.length > 0;
  }
  return { base, raters };
}
