import type { Diagnostic, Result } from '../diagnostics.js';
import { fail, failAll, ok } from '../diagnostics.js';
import type { Criterion, Gate, Method } from '../method.js';
import { parseLazilyPositioned, type PositionedDocument } from '../yaml-document.js';
import { issuesToDiagnostics } from '../zod-diagnostics.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS, rulesOverrideShape, rulesShape, type RulesFile } from './schema.js';
import { didYouMean } from '../../util/suggest.js';
import { DEFAULT_ENGAGEMENT_RULES, ENGAGEMENT_KEYS } from '../engagement/schema.js';
import { checkLocationRules } from '../location/check.js';
import { LOCATION_KEYS } from '../location/schema.js';
import { compileCheckSettings, type CheckSettings } from '../roadmap/settings.js';
import { CHECK_SETTING_KEYS } from '../roadmap/settings-schema.js';
import { RULE_TEST_KEYS, checkRuleTests } from '../rule-tests/check.js';

export interface SourceText {
  file: string;
  text: string;
}

const TOP_KEYS = ['$schema', 'version', 'name', 'description', 'extends', 'scale', 'steps', 'criteria', 'gates', 'engagement', 'location', 'checks', 'tests'];
const CRITERION_KEYS = ['type', 'steps', 'question', 'help', 'priority', 'optional'];
const GATE_KEYS = ['step', 'criterion', 'op', 'value', 'message', 'enabled'];

function knownKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return TOP_KEYS;
  if (path[0] === 'criteria' && path.length === 2) return CRITERION_KEYS;
  if (path[0] === 'gates' && path.length === 2) return GATE_KEYS;
  if (path[0] === 'tests' && path.length === 2) return RULE_TEST_KEYS;
  if (path[0] === 'criteria' && path[2] === 'priority') return ['effect', 'weight'];
  if (path[0] === 'engagement' && path.length === 1) return ENGAGEMENT_KEYS;
  if (path[0] === 'location' && path.length === 1) return LOCATION_KEYS;
  if (path[0] === 'checks' && path.length === 2) return CHECK_SETTING_KEYS;
  return [];
}

/**
 * Loads a method: the default alone, a complete user file, or a user file
 * that `extends: default` and overrides parts of it. Errors point into the
 * file that caused them.
 */
export function loadMethod(defaultSource: SourceText, userSource?: SourceText): Result<LoadedMethod> {
  const texts = new Map([defaultSource, ...(userSource ? [userSource] : [])].map((s) => [s.file, s.text]));
  const base = parseLazilyPositioned(defaultSource.text, defaultSource.file);
  if (!base.ok) return base;
  if (!userSource) return validate(base.value.value, [base.value], texts);

  const user = parseLazilyPositioned(userSource.text, userSource.file);
  if (!user.ok) return user;
  const value = user.value.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail({ file: userSource.file, line: 1, column: 1, message: 'a rules file must be a mapping with criteria and gates (or "extends: default")' });
  }
  if (!('extends' in value)) return validate(value, [user.value], texts);

  const override = rulesOverrideShape.safeParse(value);
  if (!override.success) return fail(...issuesToDiagnostics(override.error.issues, value, user.value, knownKeysAt));
  const merged = mergeOverride(base.value.value as Record<string, unknown>, value);
  // The user's file is searched first so that errors point at what they wrote.
  return validate(merged, [user.value, base.value], texts);
}

/** Deep merge for plain mappings; lists and scalars replace. */
function mergeOverride(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    const bothMaps = isPlainMap(prev) && isPlainMap(value);
    Object.defineProperty(out, key, { value: bothMaps ? mergeOverride(prev, value) : value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const isPlainMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Positions come from the file that holds the most of a path: the user's file first, then the default. */
function locatorFor(docs: PositionedDocument[]) {
  const docFor = (path: readonly PropertyKey[]): PositionedDocument | undefined => {
    let best: PositionedDocument | undefined;
    let bestDepth = -1;
    for (const doc of docs) {
      const depth = existingDepth(doc.value, path);
      if (depth > bestDepth) {
        best = doc;
        bestDepth = depth;
      }
    }
    return best;
  };
  return {
    file: docs[0]?.file ?? '<rules>',
    locate: (path: readonly PropertyKey[], key?: boolean) => docFor(path)?.locate(path, key),
    fileOf: (path: readonly PropertyKey[]) => docFor(path)?.file ?? docs[0]?.file ?? '<rules>',
  };
}

function existingDepth(root: unknown, path: readonly PropertyKey[]): number {
  let node = root;
  let depth = 0;
  for (const segment of path) {
    if (!isPlainMap(node) && !Array.isArray(node)) break;
    if (!Object.hasOwn(node, segment)) break;
    node = (node as Record<PropertyKey, unknown>)[segment];
    depth++;
  }
  return depth;
}

/** The method, the validated file, and the compiled `checks:` section (for `outsource check`). */
export interface LoadedMethod {
  method: Method;
  raw: RulesFile;
  checks: CheckSettings;
}

function validate(value: unknown, docs: PositionedDocument[], texts: ReadonlyMap<string, string>): Result<LoadedMethod> {
  const where = locatorFor(docs);
  const parsed = rulesShape.safeParse(value);
  if (!parsed.success) {
    return fail(...issuesToDiagnostics(parsed.error.issues, value, where, knownKeysAt));
  }
  const raw = parsed.data;
  const errors = crossCheck(raw, (path, message) => {
    const pos = where.locate(path);
    return { file: where.fileOf(path), ...pos, message };
  });
  if (errors.length > 0) return failAll(errors);
  const criteria = Object.entries(raw.criteria).map(([id, c]) => ({ id, type: c.type }));
  const checks = compileCheckSettings(raw.checks, criteria, { locate: (path, key) => ({ file: where.fileOf(path), ...where.locate(path, key) }), textOf: (file) => texts.get(file) });
  if (!checks.ok) return checks;
  return ok({ method: compile(raw, docs.map((d) => d.file)), raw, checks: checks.value });
}

function crossCheck(raw: RulesFile, at: (path: PropertyKey[], message: string) => Diagnostic): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const { min, max } = raw.scale;
  if (min >= max) errors.push(at(['scale', 'max'], `scale max (${max}) must be greater than min (${min})`));
  for (const [id, c] of Object.entries(raw.criteria)) {
    const inStep6 = c.steps.includes(6);
    if (inStep6 && !c.priority) errors.push(at(['criteria', id], `criterion "${id}" is used in step 6, so it needs priority: { effect, weight }`));
    if (!inStep6 && c.priority) errors.push(at(['criteria', id, 'priority'], `criterion "${id}" has a priority but its steps do not include 6`));
    if (c.priority && c.type === 'flag') errors.push(at(['criteria', id, 'priority'], `criterion "${id}" is a flag; only scales can be weighed in step 6`));
    if (c.optional && c.priority) errors.push(at(['criteria', id, 'optional'], `criterion "${id}" is optional, so it cannot weigh in step 6 (an unanswered one would count against every process)`));
  }
  for (const [id, g] of Object.entries(raw.gates)) {
    if (raw.criteria[g.criterion]?.optional) errors.push(at(['gates', id, 'criterion'], `gate "${id}" uses optional criterion "${g.criterion}"; optional criteria must not decide verdicts`));
  }
  for (const p of checkLocationRules(raw.location, raw.criteria, raw.scale)) errors.push(at(p.path, p.message));
  for (const [id, g] of Object.entries(raw.gates)) {
    const c = raw.criteria[g.criterion];
    if (!c) {
      errors.push(at(['gates', id, 'criterion'], `gate "${id}" uses unknown criterion "${g.criterion}"${didYouMean(g.criterion, Object.keys(raw.criteria))}`));
      continue;
    }
    if (!c.steps.includes(g.step)) errors.push(at(['gates', id, 'step'], `gate "${id}" is at step ${g.step} but criterion "${g.criterion}" is not asked at that step (steps: ${c.steps.join(', ')})`));
    if (c.type === 'flag') {
      if (g.op !== 'is' || typeof g.value !== 'boolean') errors.push(at(['gates', id, 'op'], `gate "${id}" tests flag "${g.criterion}": use op: is with value true or false`));
    } else if (g.op === 'is' || typeof g.value !== 'number') {
      errors.push(at(['gates', id, 'op'], `gate "${id}" tests scale "${g.criterion}": use op ">=", "<=" or "==" with a number`));
    } else if (g.value < min || g.value > max) {
      errors.push(at(['gates', id, 'value'], `gate "${id}" threshold ${g.value} is outside the scale ${min}-${max}`));
    }
  }
  for (const step of CROSS_OUT_STEPS) {
    const verdict = raw.steps[step].verdict;
    if (verdict !== undefined && verdict !== STEP_VERDICTS[step]) {
      errors.push(at(['steps', step, 'verdict'], `step ${step} always gives the verdict "${STEP_VERDICTS[step]}"`));
    }
  }
  errors.push(...checkRuleTests(raw, at));
  return errors;
}

function compile(raw: RulesFile, sources: string[]): Method {
  const criteria: Criterion[] = Object.entries(raw.criteria).map(([id, c]) => ({ id, ...c }));
  const gatesByStep: Method['gatesByStep'] = { 3: [], 4: [], 5: [] };
  for (const [id, g] of Object.entries(raw.gates)) {
    if (g.enabled === false) continue;
    const gate: Gate = { id, step: g.step, criterion: g.criterion, op: g.op, value: g.value, message: g.message };
    gatesByStep[g.step].push(gate);
  }
  const priority = criteria.flatMap((c) => (c.priority ? [{ criterion: c.id, ...c.priority }] : []));
  const labels: Record<number, string> = {};
  for (const [k, v] of Object.entries(raw.scale.labels ?? {})) labels[Number(k)] = v;
  return {
    name: raw.name ?? 'custom',
    scale: { min: raw.scale.min, max: raw.scale.max, labels },
    steps: raw.steps,
    criteria,
    criteriaById: new Map(criteria.map((c) => [c.id, c])),
    gatesByStep,
    priority,
    totalWeight: priority.reduce((sum, p) => sum + p.weight, 0),
    sources,
    engagement: { ...DEFAULT_ENGAGEMENT_RULES, ...raw.engagement },
    ...(raw.location ? { location: raw.location } : {}),
  };
}
