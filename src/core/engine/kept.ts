import type { Evaluation } from './evaluate.js';

/** One part of a `split` process that stays in-house, and the gate that keeps it there. */
export interface KeptPart {
  gate: string;
  criterion?: string;
  /** What stays in-house, in the rules' words. */
  message: string;
}

/** What a `split` keeps in-house (its step-4 reasons); empty for any other verdict. */
export function keptInHouse(e: Pick<Evaluation, 'verdict' | 'reasons'>): KeptPart[] {
  if (e.verdict !== 'split') return [];
  return e.reasons.flatMap((r) => {
    if (r.step !== 4) return [];
    const part: KeptPart = { gate: r.gate, message: r.message.replace(/^step \d+: /, '') };
    if (r.criterion !== undefined) part.criterion = r.criterion;
    return [part];
  });
}

/** "split (keeps: the client relationship ... ; the ownership of compliance ...)": one line for a table cell or a message. */
export function keptSummary(e: Pick<Evaluation, 'verdict' | 'reasons'>): string {
  return keptInHouse(e)
    .map((k) => k.message.replace(/; the execution can be handed out \(.*\)$/, ''))
    .join('; ');
}
