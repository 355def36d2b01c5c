import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, ok } from '../parse/diagnostics.js';
import { CROSS_OUT_STEPS, STEP_VERDICTS, type Criterion, type Gate, type Method } from '../method.js';
import type { PositionedDocument } from '../parse/yaml-document.js';
import { readDocument } from '../parse/read-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { RULE_TEST_KEYS, rulesOverrideShape, rulesShape, type RulesFile } from './schema.js';
import { didYouMean } from '../../util/suggest.js';
import { ENGAGEMENT_KEYS } from '../engagement/schema.js';
import { DEFAULT_ENGAGEMENT_RULES } from '../engagement/defaults.js';
import { checkLocationRules } from '../location/check.js';
import { LOCATION_KEYS } from '../location/schema.js';
import { CHECK_SETTING_KEYS } from './checks-schema.js';
import { accountabilityProblems, gateProblems, scaleOf } from './gate-check.js';
import { MONEY_RULE_KEYS } from '../money/schema.js';
import { DEFAULT_MONEY_RULES } from '../money/defaults.js';

/** Below this priority score a candidate is marginal, unless the rules say otherwise. */
export const DEFAULT_MIN_SCORE = 40;

export interface SourceText {
  file: string;
  text: string;
}

const TOP_KEYS = ['$schema', 'version', 'name', 'description', 'extends', 'scale', 'steps', 'criteria', 'gates', 'min_score', 'engagement', 'location', 'money', 'checks', 'tests'];
const CRITERION_KEYS = ['type', 'steps', 'question', 'help', 'priority', 'optional'];
const GATE_KEYS = ['step', 'criterion', 'op', 'value', 'message', 'enabled', 'unless', 'keeps'];

function knownKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return TOP_KEYS;
  if (path[0] === 'criteria' && path.length === 2) return CRITERION_KEYS;
  if (path[0] === 'gates' && path.length === 2) return GATE_KEYS;
  if (path[0] === 'tests' && path.length === 2) return RULE_TEST_KEYS;
  if (path[0] === 'criteria' && path[2] === 'priority') return ['effect', 'weight'];
  if (path[0] === 'engagement' && path.length === 1) return ENGAGEMENT_KEYS;
  if (path[0] === 'location' && path.length === 1) return LOCATION_KEYS;
  if (path[0] === 'money' && path.length === 1) return MONEY_RULE_KEYS;
  if (path[0] === 'checks' && path.length === 2) return CHECK_SETTING_KEYS;
  return [];
}

/** Problems the rules schema cannot see in a part of the file another module owns (the `tests:` list). */
export type RulesCrossCheck = (raw: RulesFile, at: (path: PropertyKey[], message: string) => Diagnostic) => Diagnostic[];

/**
 * Loads a method: the default alone, a complete user file, or a user file
 * that `extends: default` and overrides parts of it. Errors point into the
 * file that caused them; `more` adds its problems to the method's own.
 */
export function loadRules(defaultSource: SourceText, userSource?: SourceText, more?: RulesCrossCheck): Result<LoadedRules> {
  const texts = new Map([defaultSource, ...(userSource ? [userSource] : [])].map((s) => [s.file, s.text]));
  const base = readDocument(defaultSource.text, defaultSource.file);
  if (!base.ok) return base;
  if (!userSource) return validate(base.value.value, [base.value], texts, more);

  const user = readDocument(userSource.text, userSource.file);
  if (!user.ok) return user;
  const value = user.value.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail({ file: userSource.file, line: 1, column: 1, message: 'a rules file must be a mapping with criteria and gates (or "extends: default")' });
  }
  if (!('extends' in value)) return validate(value, [user.value], texts, more);

  const override = rulesOverrideShape.safeParse(value);
  if (!override.success) return fail(...issuesToDiagnostics(override.error.issues, value, user.value, knownKeysAt));
  const merged = mergeOverride(base.value.value as Record<string, unknown>, value);
  // A governance share of one's own must not borrow the default's citation.
  const money = (value as { money?: Record<string, unknown> }).money;
  if (money && Object.hasOwn(money, 'governance_share') && !Object.hasOwn(money, 'governance_share_source') && merged.money && typeof merged.money === 'object') {
    delete (merged.money as Record<string, unknown>).governance_share_source;
  }
  // The user's file is searched first so that errors point at what they wrote.
  return validate(merged, [user.value, base.value], texts, more);
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

/** Where a path of the (possibly merged) rules is, and the text of each file, for the sections compiled later. */
export interface RulesSource {
  locate(path: readonly PropertyKey[], key?: boolean): { file: string; line?: number; column?: number };
  textOf(file: string): string | undefined;
}

/** The method and the validated file it came from. */
export interface LoadedRules {
  method: Method;
  raw: RulesFile;
  source: RulesSource;
}

function validate(value: unknown, docs: PositionedDocument[], texts: ReadonlyMap<string, string>, more: RulesCrossCheck | undefined): Result<LoadedRules> {
  const where = locatorFor(docs);
  const parsed = rulesShape.safeParse(value);
  if (!parsed.success) {
    return fail(...issuesToDiagnostics(parsed.error.issues, value, where, knownKeysAt));
  }
  const raw = parsed.data;
  const at = (path: PropertyKey[], message: string): Diagnostic => ({ file: where.fileOf(path), ...where.locate(path), message });
  const errors = [...crossCheck(raw, at), ...(more?.(raw, at) ?? [])];
  if (errors.length > 0) return failAll(errors);
  const source: RulesSource = { locate: (path, key) => ({ file: where.fileOf(path), ...where.locate(path, key) }), textOf: (file) => texts.get(file) };
  return ok({ method: compile(raw, docs.map((d) => d.file)), raw, source });
}

function crossCheck(raw: RulesFile, at: (path: PropertyKey[], message: string) => Diagnostic): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const { min, max } = raw.scale;
  if (min >= max) errors.push(at(['scale', 'max'], `scale max (${max}) must be greater than min (${min})`));
  const high = raw.scale.high;
  if (high !== undefined && (high <= min || high > max)) errors.push(at(['scale', 'high'], `scale high (${high}) must be above min (${min}) and at most max (${max})`));
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
    errors.push(...gateProblems(id, g, c.type, scaleOf(raw)).map((p) => at(['gates', id, p.field], p.message)));
    errors.push(...accountabilityProblems(id, g, raw.criteria).map((p) => at(['gates', id, p.field], p.message)));
  }
  for (const step of CROSS_OUT_STEPS) {
    const verdict = raw.steps[step].verdict;
    if (verdict !== undefined && verdict !== STEP_VERDICTS[step]) {
      errors.push(at(['steps', step, 'verdict'], `step ${step} always gives the verdict "${STEP_VERDICTS[step]}"`));
    }
  }
  return errors;
}

function compile(raw: RulesFile, sources: string[]): Method {
  const criteria: Criterion[] = Object.entries(raw.criteria).map(([id, c]) => ({ id, ...c }));
  const gatesByStep: Method['gatesByStep'] = { 3: [], 4: [], 5: [] };
  const scale = scaleOf(raw);
  for (const [id, g] of Object.entries(raw.gates)) {
    if (g.enabled === false) continue;
    const gate: Gate = { id, step: g.step, criterion: g.criterion, op: g.op === '==' && typeof g.value === 'boolean' ? 'is' : g.op, value: g.value === 'high' ? scale.high : g.value, message: g.message };
    if (g.unless !== undefined) gate.unless = g.unless;
    if (g.keeps !== undefined) gate.keeps = g.keeps;
    gatesByStep[g.step].push(gate);
  }
  const priority = criteria.flatMap((c) => (c.priority ? [{ criterion: c.id, ...c.priority }] : []));
  const labels: Record<number, string> = {};
  for (const [k, v] of Object.entries(raw.scale.labels ?? {})) labels[Number(k)] = v;
  return {
    name: raw.name ?? 'custom',
    scale: { ...scale, labels },
    steps: raw.steps,
    criteria,
    criteriaById: new Map(criteria.map((c) => [c.id, c])),
    gatesByStep,
    priority,
    totalWeight: priority.reduce((sum, p) => sum + p.weight, 0),
    minScore: raw.min_score ?? DEFAULT_MIN_SCORE,
    sources,
    engagement: { ...DEFAULT_ENGAGEMENT_RULES, ...raw.engagement },
    money: { ...DEFAULT_MONEY_RULES, ...raw.money },
    ...(raw.location ? { location: raw.location } : {}),
  };
}
