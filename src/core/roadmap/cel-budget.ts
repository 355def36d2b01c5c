import { compileLinear, matchesLinear } from './linear-regex.js';

/**
 * What a check of your own may cost. The parser's limits cap the size of a
 * condition, not its work: eight nested `all()` over ten items are 10^8
 * steps. Every node evaluated is one step, counted against the check's own
 * budget and the run's; past either, evaluation stops with an error that
 * names the check.
 */
export interface StepBudget {
  /** Steps this check may still take in this run. */
  check: number;
  /** Steps all checks together may still take in this run. */
  run: { left: number };
}

/** Steps one check may take over a whole roadmap, and all checks together. */
export const CHECK_STEP_BUDGET = 2_000_000;
export const RUN_STEP_BUDGET = 10_000_000;

export class BudgetExceeded extends Error {
  constructor(readonly which: 'check' | 'run') {
    super(
      which === 'check'
        ? `used its evaluation budget of ${CHECK_STEP_BUDGET.toLocaleString('en')} steps`
        : `the run's evaluation budget of ${RUN_STEP_BUDGET.toLocaleString('en')} steps is used up`,
    );
  }
}

export function newRunBudget(): { left: number } {
  return { left: RUN_STEP_BUDGET };
}

interface Node {
  op: string;
  args: unknown;
  evaluate: (ev: Evaluator, ast: Node, ctx: unknown) => unknown;
}
interface Evaluator {
  run(ast: unknown, ctx: unknown): unknown;
}

export interface Instrumented {
  budget: StepBudget | undefined;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).op === 'string' && 'evaluate' in value;

/**
 * Wraps every node of a checked expression so that it spends one step, and
 * replaces `matches()` with the linear-time engine. A literal pattern RE2
 * cannot compile is reported now, at load; `problem` says which.
 */
export function instrument(root: unknown, state: Instrumented): { problem?: string } {
  const seen = new Set<object>();
  let problem: string | undefined;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!isNode(value) || seen.has(value)) return;
    seen.add(value);
    visit(value.args);
    const args = value.args as unknown[];
    const isMatches = value.op === 'rcall' && Array.isArray(args) && args[0] === 'matches' && Array.isArray(args[2]) && args[2].length === 1;
    if (isMatches) {
      const pattern = (args[2] as unknown[])[0];
      if (isNode(pattern) && pattern.op === 'value' && typeof pattern.args === 'string') {
        const compiled = compileLinear(pattern.args);
        if (!compiled.ok) problem ??= `matches(): the pattern cannot run in linear time (RE2 syntax: no backreferences or lookaround): ${compiled.message}`;
      }
    }
    let inner = value.evaluate;
    const wrapper = function (this: Node, ev: Evaluator, ast: Node, ctx: unknown): unknown {
      const budget = state.budget;
      if (budget) {
        if (--budget.check < 0) throw new BudgetExceeded('check');
        if (--budget.run.left < 0) throw new BudgetExceeded('run');
      }
      if (isMatches) return matchesLinear(String(ev.run(args[1], ctx)), String(ev.run((args[2] as unknown[])[0], ctx)));
      return inner.call(this, ev, ast, ctx);
    };
    // The library replaces a node's evaluate on its first call: keep the wrapper, take the replacement as the inner one.
    Object.defineProperty(value, 'evaluate', {
      configurable: true,
      get: () => wrapper,
      set: (replacement: Node['evaluate']) => {
        inner = replacement;
      },
    });
  };
  visit(root);
  return problem === undefined ? {} : { problem };
}
