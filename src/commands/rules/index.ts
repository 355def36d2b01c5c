import { describeTest } from '../../core/engine/verdict.js';
import type { Method } from '../../core/method.js';
import { CROSS_OUT_STEPS } from '../../core/rules/schema.js';
import { styler } from '../../reporters/style.js';
import { fittedTable, maxOf } from '../../reporters/table-layout.js';
import { sanitizeBlock } from '../../util/sanitize.js';
import { EXIT } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { listRules } from '../../core/roadmap/settings.js';
import { checksAsJson, renderChecksTable } from '../../reporters/check/rules-list.js';
import { loadRulesWithChecks } from '../check/load-rules.js';

export interface RulesOptions {
  rules?: string;
  format: 'table' | 'json';
}

export async function rules(options: RulesOptions, io: Io): Promise<number> {
  const { method, checks } = await loadRulesWithChecks(options.rules, io);
  const checkRules = listRules(checks);
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify({ ...methodAsJson(method), checks: checksAsJson(checkRules) }, null, 2)}\n`
      : `${renderRules(method, io.color, io.columns)}\n${renderChecksTable(checkRules, io.color, io.columns)}`,
  );
  return EXIT.ok;
}

export function methodAsJson(method: Method) {
  return {
    name: method.name,
    sources: method.sources,
    scale: method.scale,
    criteria: method.criteria,
    gates: CROSS_OUT_STEPS.flatMap((step) => method.gatesByStep[step]),
  };
}

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
