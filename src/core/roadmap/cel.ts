import { Environment } from '@marcbachmann/cel-js';
import { instrument, type Instrumented, type StepBudget } from './cel-budget.js';

/**
 * The values a check of your own sees, as CEL types. Integers are CEL ints
 * (bigint in JavaScript); an optional field that is absent is absent, so
 * `has(process.answers.risk)` tells whether a question was answered.
 */
export class CelSla {
  declare readonly metric: string;
  declare readonly unit: string;
  declare readonly baseline?: number;
  declare readonly target?: number;
  constructor(init: Omit<CelSla, never>) {
    Object.assign(this, init);
  }
}

export class CelItem {
  declare readonly process: string;
  declare readonly vendor: string;
  declare readonly wave: bigint;
  declare readonly engagement: string;
  declare readonly location: string;
  declare readonly ip_owner: string;
  declare readonly slas: CelSla[];
  declare readonly index: bigint;
  constructor(init: Omit<CelItem, never>) {
    Object.assign(this, init);
  }
}

export class CelAnswers {
  [criterion: string]: boolean | bigint;
}

export class CelProcess {
  declare readonly id: string;
  declare readonly name: string;
  declare readonly function: string;
  declare readonly known: boolean;
  declare readonly verdict: string;
  declare readonly answers: CelAnswers;
  declare readonly score?: number;
  constructor(init: Omit<CelProcess, never>) {
    Object.assign(this, init);
  }
}

export class CelVendor {
  declare readonly id: string;
  declare readonly name: string;
  declare readonly scope: string[];
  declare readonly known: boolean;
  constructor(init: Omit<CelVendor, never>) {
    Object.assign(this, init);
  }
}

export class CelRoadmap {
  declare readonly name: string;
  declare readonly owner: string;
  declare readonly cadence: string;
  declare readonly feedback_loop: boolean;
  declare readonly items: CelItem[];
  declare readonly vendors: Map<string, CelVendor>;
  constructor(init: Omit<CelRoadmap, never>) {
    Object.assign(this, init);
  }
}

export type CheckScope = 'item' | 'roadmap';

export interface CelCriterion {
  id: string;
  type: 'scale' | 'flag';
}

const TYPES = {
  Sla: { ctor: CelSla, fields: { metric: 'string', unit: 'string', baseline: 'double', target: 'double' } },
  Item: {
    ctor: CelItem,
    fields: { process: 'string', vendor: 'string', wave: 'int', engagement: 'string', location: 'string', ip_owner: 'string', slas: 'list<Sla>', index: 'int' },
  },
  Vendor: { ctor: CelVendor, fields: { id: 'string', name: 'string', scope: 'list<string>', known: 'bool' } },
  Process: {
    ctor: CelProcess,
    fields: { id: 'string', name: 'string', function: 'string', known: 'bool', verdict: 'string', score: 'double', answers: 'Answers' },
  },
  Roadmap: {
    ctor: CelRoadmap,
    fields: { name: 'string', owner: 'string', cadence: 'string', feedback_loop: 'bool', items: 'list<Item>', vendors: 'map<string, Vendor>' },
  },
} as const;

/** What each scope may name: documented in docs/check.md. */
export const SCOPE_VARIABLES: Record<CheckScope, readonly string[]> = {
  item: ['item', 'process', 'vendor', 'roadmap', 'processes'],
  roadmap: ['roadmap', 'processes'],
};

export interface CelEnvironments {
  item: Environment;
  roadmap: Environment;
  /** Every field name of every type, for "did you mean". */
  fieldNames: string[];
}

/** One environment per scope, typed from the method's criteria so that `process.answers.regulted` fails when the rules load. */
export function createCelEnvironments(criteria: readonly CelCriterion[]): CelEnvironments {
  const answers: Record<string, string> = {};
  for (const c of criteria) answers[c.id] = c.type === 'flag' ? 'bool' : 'int';
  const base = new Environment({ limits: { maxAstNodes: 2000, maxDepth: 50 } });
  base.registerType('Answers', { ctor: CelAnswers, fields: answers });
  base.registerType('Sla', TYPES.Sla);
  base.registerType('Item', TYPES.Item);
  base.registerType('Vendor', TYPES.Vendor);
  base.registerType('Process', TYPES.Process);
  base.registerType('Roadmap', TYPES.Roadmap);
  base.registerVariable('roadmap', 'Roadmap');
  base.registerVariable('processes', 'map<string, Process>');
  const item = base.clone();
  item.registerVariable('item', 'Item');
  item.registerVariable('process', 'Process');
  item.registerVariable('vendor', 'Vendor');
  const roadmap = base.clone();
  const fieldNames = [...new Set([...Object.keys(answers), ...Object.values(TYPES).flatMap((t) => Object.keys(t.fields)), ...SCOPE_VARIABLES.item])];
  return { item, roadmap, fieldNames };
}

export interface CelProblem {
  /** Offset in the expression, from 0. */
  offset: number;
  message: string;
}

/** Runs a condition; with a budget, every step is counted and BudgetExceeded ends it. */
export type CompiledCondition = (variables: Record<string, unknown>, budget?: StepBudget) => unknown;

interface CelErrorLike {
  summary?: string;
  message?: string;
  range?: { start: number; end: number };
}

/** Type-checks a condition: it must parse, name only known variables and fields, and give a bool. */
export function compileCondition(env: Environment, expression: string): { ok: true; run: CompiledCondition } | { ok: false; problem: CelProblem } {
  try {
    const checked = env.check(expression);
    if (!checked.valid) return { ok: false, problem: describeCelError(checked.error) };
    if (checked.type !== 'bool') return { ok: false, problem: { offset: 0, message: `the condition gives ${checked.type ?? 'a value'}, not true or false` } };
    const program = env.parse(expression) as ((variables: Record<string, unknown>) => unknown) & { ast: unknown; check(): unknown };
    program.check();
    const state: Instrumented = { budget: undefined };
    const { problem } = instrument(program.ast, state);
    if (problem !== undefined) return { ok: false, problem: { offset: 0, message: problem } };
    return {
      ok: true,
      run: (variables, budget) => {
        state.budget = budget;
        try {
          return program(variables);
        } finally {
          state.budget = undefined;
        }
      },
    };
  } catch (error) {
    return { ok: false, problem: describeCelError(error) };
  }
}

/** The first line of a CEL error, without the source excerpt it appends. */
export function describeCelError(error: unknown): CelProblem {
  const e = (error ?? {}) as CelErrorLike;
  const message = e.summary ?? (e.message ?? String(error)).split('\n')[0] ?? 'invalid condition';
  return { offset: e.range?.start ?? 0, message };
}
