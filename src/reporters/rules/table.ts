import { effectiveWeights } from '../../core/engine/effective-weights.js';
import { describeTest } from '../../core/engine/verdict.js';
import type { Method } from '../../core/method.js';
import { CROSS_OUT_STEPS } from '../../core/method.js';
import { renderChecksTable } from '../check/rules-list.js';
import { styler } from '../style.js';
import { fittedTable, maxOf } from '../table-layout.js';
import { sanitizeBlock } from '../../util/sanitize.js';
import type { RulesListing, RulesRenderOptions } from './types.js';

/** The criteria, the gates of each step, then the roadmap checks. */
export const renderRulesTable = ({ method, checks }: RulesListing, { color, width }: RulesRenderOptions): string =>
  `${renderRules(method, color, width)}\n${renderChecksTable(checks, color, width)}`;

function renderRules(method: Method, color: boolean, width: number): string {
  const c = styler(color);
  // A rules file is user input: its escape sequences (an OSC 52 clipboard write, say) are shown, never sent to the terminal.
  const s = sanitizeBlock;
  const out: string[] = [c.bold(`Method "${s(method.name)}" (${s(method.sources.join(' + '))})`), ''];
  out.push(c.bold(`Criteria (${method.criteria.length}); scales run ${method.scale.min}-${method.scale.max}`));
  // Ids are never cut short: users copy them into their inventories and rules files.
  const idWidth = (ids: string[]) => maxOf(ids.map((id) => id.length), 8) + 2;
  const criteria = fittedTable(['Criterion', 'Type', 'Steps', 'Step 6', 'Question'], [idWidth(method.criteria.map((crit) => crit.id)), 7, 8, 13, null], Math.min(width, 140));
  for (const crit of method.criteria) {
    const effect = crit.priority ? `${crit.priority.effect} x${crit.priority.weight}` : '';
    criteria.push([s(crit.id), crit.type, crit.steps.join(', '), effect, s(crit.question)]);
  }
  out.push(criteria.toString(), '');
  // What actually drives the ranking: each weight once the gates have cut its criterion's range.
  out.push(c.bold('Step-6 weights in effect: the range the gates leave on the shortlist'));
  for (const w of effectiveWeights(method)) out.push(`  ${w.criterion.padEnd(18)} x${String(w.weight).padEnd(5)} ${`${w.range[0]}-${w.range[1]}`.padEnd(5)} ${w.nominal.toFixed(1).padStart(5)}% by weight ${w.effective.toFixed(1).padStart(5)}% in effect`);
  out.push('');
  for (const step of CROSS_OUT_STEPS) {
    const info = method.steps[step];
    out.push(c.bold(s(`Step ${step}: ${info.title} -> ${info.verdict ?? ''}`.trim())));
    const tests = method.gatesByStep[step].map((g) => describeTest(g));
    const gates = fittedTable(['Gate', 'Fires when', 'Reason'], [idWidth(method.gatesByStep[step].map((g) => g.id)), idWidth(tests), null], Math.min(width, 140));
    for (const g of method.gatesByStep[step]) gates.push([s(g.id), s(describeTest(g)), s(g.message)]);
    out.push(gates.toString(), '');
  }
  return `${out.join('\n')}`;
}
