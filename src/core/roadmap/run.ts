import { evaluateInventory, type Evaluation } from '../engine/evaluate.js';
import type { Inventory, Process } from '../inventory/types.js';
import type { Method } from '../method.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import type { buildCelValues } from './cel-values.js';
import { requireCel } from './cel-loader.js';
import { BudgetExceeded, CHECK_STEP_BUDGET, newRunBudget, type StepBudget } from './cel-budget.js';
import { BUILT_IN_CHECKS } from './checks/index.js';
import type { LoadedRoadmap } from './load.js';
import type { TrackResult } from '../tracking/track.js';
import { DEFAULT_CHECK_SETTINGS, listRules, type CheckSettings, type CustomCheck } from './settings.js';
import type { CheckContext, Finding, Hit, RuleInfo } from './types.js';
import { SEVERITY_RANK } from './types.js';
import { applyWaivers, type PendingFinding, type WaiverPolicy } from './waivers.js';
import { fingerprintOf } from './fingerprint.js';

export interface CheckInput {
  roadmap: LoadedRoadmap;
  inventory: Inventory;
  /** The inventory's name as the user should read it in messages. */
  inventoryFile: string;
  method: Method;
  settings?: CheckSettings;
  /** YYYY-MM-DD, for waiver expiry: passed in so that checks never read the clock. */
  today: string;
  /** The team's waiver policy, from its configuration. */
  waiverPolicy?: WaiverPolicy;
  /** The SLAs judged against actuals, for `sla-breached`. */
  tracking?: TrackResult;
}

/**
 * Runs every enabled check, built-in and custom, over one roadmap and
 * applies its waivers. Findings come sorted by line, column and rule.
 */
export function checkRoadmap(input: CheckInput): Finding[] {
  const settings = input.settings ?? DEFAULT_CHECK_SETTINGS;
  const rules = new Map<string, RuleInfo>(listRules(settings).map((r) => [r.id, r]));
  const { doc, file } = input.roadmap;
  const ctx = buildContext(input);

  const pending: PendingFinding[] = [];
  const add = (rule: RuleInfo, hit: Hit) => {
    const pos = doc.locate(hit.path, hit.key) ?? doc.locate([]) ?? { line: 1, column: 1 };
    // Messages quote ids, names and rule texts: control characters never reach a terminal or a log.
    pending.push({ rule: rule.id, severity: rule.severity, message: sanitize(hit.message), file, line: pos.line, column: pos.column, hit });
  };
  for (const check of BUILT_IN_CHECKS) {
    const rule = rules.get(check.id);
    if (!rule?.enabled) continue;
    for (const hit of check.check(ctx)) add(rule, hit);
  }
  const custom = settings.custom.filter((c) => c.enabled);
  if (custom.length > 0) {
    const values = requireCel().buildCelValues(ctx);
    const runBudget = newRunBudget();
    for (const check of custom) {
      const rule = rules.get(check.id);
      if (rule) for (const hit of runCustom(check, ctx, values, { check: CHECK_STEP_BUDGET, run: runBudget })) add(rule, hit);
    }
  }

  const waiverFindings = applyWaivers(pending, {
    file,
    text: input.roadmap.text,
    doc,
    roadmap: input.roadmap.roadmap,
    rules,
    today: input.today,
    ...(input.waiverPolicy ? { policy: input.waiverPolicy } : {}),
  });
  const findings: Finding[] = [...pending, ...waiverFindings].map(({ hit, ...finding }) => ({
    ...finding,
    fingerprint: fingerprintOf(finding.rule, file, hit),
  }));
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : 1)
  );
}

function buildContext(input: CheckInput): CheckContext {
  const { roadmap, doc, file } = input.roadmap;
  const processes = new Map<string, Process>();
  for (const p of input.inventory.processes) processes.set(p.id, p);
  const evaluations = new Map<string, Evaluation>();
  for (const e of evaluateInventory(input.inventory, input.method).evaluations) evaluations.set(e.id, e);
  return {
    file,
    roadmap,
    items: roadmap.items ?? [],
    vendors: new Map(Object.entries(roadmap.vendors ?? {})),
    inventory: input.inventory,
    inventoryFile: input.inventoryFile,
    method: input.method,
    processes,
    evaluations,
    lineOf: (path) => doc.locate(path)?.line,
    ...(input.tracking ? { tracking: input.tracking } : {}),
  };
}

function runCustom(check: CustomCheck, ctx: CheckContext, values: ReturnType<typeof buildCelValues>, budget: StepBudget): Hit[] {
  const hits: Hit[] = [];
  if (check.scope === 'roadmap') {
    const outcome = evaluate(check, { roadmap: values.roadmap, processes: values.processes }, budget);
    if (outcome instanceof BudgetExceeded) return [overBudget(check, outcome, ctx, 0)];
    if (outcome !== false) {
      const path = ctx.items.length > 0 || ctx.roadmap.items !== undefined ? ['items'] : [];
      hits.push({ path, key: path.length > 0, message: withOutcome(check.message, outcome) });
    }
    return hits;
  }
  for (const [index, item] of ctx.items.entries()) {
    const outcome = evaluate(check, values.forItem(index), budget);
    if (outcome instanceof BudgetExceeded) {
      hits.push(overBudget(check, outcome, ctx, index));
      break;
    }
    if (outcome === false) continue;
    const fill: Record<string, string> = {
      process: item.process,
      vendor: item.vendor,
      wave: String(item.wave),
      location: item.location,
      engagement: item.engagement,
    };
    const message = check.message.replace(/\{([a-z_]+)\}/g, (whole, name: string) => fill[name] ?? whole);
    hits.push({ path: ['items', index], process: item.process, vendor: item.vendor, item: index, message: withOutcome(message, outcome) });
  }
  return hits;
}

/** A check that ran out of budget fires once, on the roadmap, naming itself and where it is written: an unchecked roadmap is not a clean one. */
function overBudget(check: CustomCheck, error: BudgetExceeded, ctx: CheckContext, index: number): Hit {
  const where = check.at ? ` (${check.at})` : '';
  const progress = check.scope === 'item' ? ` after ${index} of ${ctx.items.length} items` : '';
  const path = ctx.roadmap.items !== undefined ? ['items'] : [];
  return {
    path,
    key: path.length > 0,
    message: `check ${check.id}${where} stopped${progress}: it ${error.which === 'check' ? error.message : `ran when ${error.message}`}; make its condition cheaper (fewer nested all(), exists() or map())`,
  };
}

/** true, false, why the condition could not be evaluated (an unknown is never treated as safe, so that fires too), or the budget ran out. */
function evaluate(check: CustomCheck, variables: Record<string, unknown>, budget: StepBudget): boolean | string | BudgetExceeded {
  let outcome: boolean | string;
  try {
    outcome = check.run(variables, budget) === true;
  } catch (error) {
    outcome = requireCel().describeCelError(error).message;
  }
  // CEL's && || all() exists() absorb errors when another branch decides: the counters say whether the budget ran out.
  if (budget.check < 0) return new BudgetExceeded('check');
  if (budget.run.left < 0) return new BudgetExceeded('run');
  return outcome;
}

const withOutcome = (message: string, outcome: true | string): string =>
  sanitize(outcome === true ? message : `${message} (the condition could not be evaluated here: ${truncate(outcome, 120)}; guard it with has())`);
