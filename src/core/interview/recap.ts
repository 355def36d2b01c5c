import type { Method } from '../method.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import type { InterviewState } from './state.js';

/**
 * What a resumed interview already holds: the processes listed, how far each got, and what is still "don't know".
 * `lead` opens the text: "Resuming", or "Read-only" when another interview holds the session.
 */
export function recap(state: InterviewState, method: Method, lead = 'Resuming'): string {
  const n = state.processes.length;
  if (n === 0) return `${lead}: nothing is listed yet.`;
  const asked = method.criteria.filter((c) => !c.optional).length;
  const lines = state.processes.slice(0, 30).map((p) => {
    const answered = Object.keys(p.answers).filter((id) => !method.criteriaById.get(id)?.optional).length;
    const unknown = p.unknown.size > 0 ? `, ${p.unknown.size} "don't know"` : '';
    return `  - ${sanitize(truncate(p.name, 60))} (${p.id}${p.function ? `; ${sanitize(truncate(p.function, 30))}` : ''}): ${answered} of ${asked} answered${unknown}`;
  });
  if (n > 30) lines.push(`  ... and ${n - 30} more`);
  const org = state.organisation === undefined ? '' : ` for ${sanitize(truncate(state.organisation, 60))}`;
  return `${lead}${org}: ${n} process${n === 1 ? '' : 'es'} listed${state.listDone ? '' : ' so far'}:\n${lines.join('\n')}`;
}
