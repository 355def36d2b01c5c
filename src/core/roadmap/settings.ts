import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { failAll, ok } from '../parse/diagnostics.js';
import { didYouMean } from '../../util/suggest.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { BUILT_IN_CHECKS } from './checks/index.js';
import type { CelCriterion, CheckScope, CompiledCondition } from './cel.js';
import { requireCel } from './cel-loader.js';
import { positionInScalar } from '../parse/scalar-position.js';
import { STRUCTURAL_RULES, WAIVER_RULES } from './rules.js';
import type { CheckSetting } from '../rules/checks-schema.js';
import type { RuleInfo, RuleMeta, Severity } from './types.js';

/** A check of your own, from the `checks:` section of a rules file. */
export interface CustomCheck {
  id: string;
  severity: Severity;
  enabled: boolean;
  scope: CheckScope;
  message: string;
  when: string;
  description?: string;
  run: CompiledCondition;
  /** Where its `when:` is written ("rules.yaml:12"), for errors about its cost. */
  at?: string;
}

/** What a rules file says about the checks: changes to built-in ones, and checks of its own. */
export interface CheckSettings {
  overrides: ReadonlyMap<string, { severity?: Severity; enabled?: boolean }>;
  custom: readonly CustomCheck[];
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { overrides: new Map(), custom: [] };

/** Placeholders a message may use, per scope. */
export const MESSAGE_PLACEHOLDERS: Record<CheckScope, readonly string[]> = {
  item: ['process', 'vendor', 'wave', 'location', 'engagement'],
  roadmap: [],
};

const CONFIGURABLE: ReadonlyMap<string, RuleMeta> = new Map([...BUILT_IN_CHECKS, ...WAIVER_RULES].map((r) => [r.id, r]));
const STRUCTURAL = new Set(STRUCTURAL_RULES.map((r) => r.id));

export interface SettingsSource {
  /** File and position of a path of the rules (the user's file first). */
  locate(path: readonly PropertyKey[], key?: boolean): Omit<Diagnostic, 'message'>;
  /** The text of a rules file, to place an error inside a CEL condition exactly. */
  textOf(file: string): string | undefined;
}

/**
 * Validates the `checks:` section and compiles the conditions of checks of
 * your own. Every problem points into the rules file: a typo in a condition
 * gives the line and column of the typo.
 */
export function compileCheckSettings(
  section: Record<string, CheckSetting> | undefined,
  criteria: readonly CelCriterion[],
  source: SettingsSource,
): Result<CheckSettings> {
  if (!section || Object.keys(section).length === 0) return ok(DEFAULT_CHECK_SETTINGS);
  const errors: Diagnostic[] = [];
  const at = (path: PropertyKey[], message: string, key = false): Diagnostic => ({ ...source.locate(path, key), message });
  const overrides = new Map<string, { severity?: Severity; enabled?: boolean }>();
  const custom: CustomCheck[] = [];
  let environments: ReturnType<ReturnType<typeof requireCel>['createCelEnvironments']> | undefined;

  for (const [id, setting] of Object.entries(section)) {
    const where = ['checks', id];
    if (STRUCTURAL.has(id)) {
      errors.push(
        at(where, `checks.${id}: "${id}" is a structural check; a roadmap cannot be checked without it, so it cannot be changed or turned off`, true),
      );
      continue;
    }
    const builtIn = CONFIGURABLE.get(id);
    if (builtIn) {
      for (const field of ['when', 'message', 'for'] as const) {
        if (setting[field] !== undefined) {
          errors.push(
            at([...where, field], `checks.${id}: "${id}" is a built-in check; only severity and enabled can be set (give a check of your own a new id)`, true),
          );
        }
      }
      const change: { severity?: Severity; enabled?: boolean } = {};
      if (setting.severity !== undefined) change.severity = setting.severity;
      if (setting.enabled !== undefined) change.enabled = setting.enabled;
      overrides.set(id, change);
      continue;
    }
    if (setting.when === undefined || setting.message === undefined) {
      const known = [...CONFIGURABLE.keys()];
      const hint = didYouMean(id, known);
      const missing = setting.when === undefined ? 'when' : 'message';
      errors.push(
        at(
          where,
          hint
            ? `checks.${id}: unknown check "${id}"${hint}; a check of your own needs when: and message:`
            : `checks.${id}: a check of your own needs ${missing}: (${missing === 'when' ? 'a CEL condition that fires the check when true' : 'one line that says what to do'})`,
          true,
        ),
      );
      continue;
    }
    const scope: CheckScope = setting.for ?? 'item';
    const { compileCondition, createCelEnvironments, SCOPE_VARIABLES } = requireCel();
    environments ??= createCelEnvironments(criteria);
    const compiled = compileCondition(environments[scope], setting.when);
    if (!compiled.ok) {
      const path = [...where, 'when'];
      const node = source.locate(path);
      const text = node.line === undefined ? undefined : source.textOf(node.file);
      const pos = text !== undefined && node.line !== undefined ? positionInScalar(text, node.line, node.column ?? 1, compiled.problem.offset) : {};
      const names = scope === 'item' ? environments.fieldNames : environments.fieldNames.filter((n) => !['item', 'process', 'vendor'].includes(n));
      const word = /^(?:No such key|Unknown variable): ([A-Za-z_][A-Za-z0-9_]*)/.exec(compiled.problem.message)?.[1];
      const hint = word ? didYouMean(word, [...names, ...SCOPE_VARIABLES[scope]]) : '';
      const scopeHint =
        scope === 'roadmap' && word && ['item', 'process', 'vendor'].includes(word)
          ? ` (a check "for: roadmap" sees only ${SCOPE_VARIABLES.roadmap.join(' and ')})`
          : '';
      errors.push({ ...node, ...pos, message: `checks.${id}.when: ${sanitize(truncate(compiled.problem.message, 200))}${scopeHint || hint}` });
      continue;
    }
    const allowed = MESSAGE_PLACEHOLDERS[scope];
    const badPlaceholder = [...setting.message.matchAll(/\{([A-Za-z_]+)\}/g)].map((m) => m[1] ?? '').find((name) => !allowed.includes(name));
    if (badPlaceholder !== undefined) {
      const list = allowed.length > 0 ? `use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'a check for the whole roadmap has none';
      errors.push(at([...where, 'message'], `checks.${id}.message: unknown placeholder {${badPlaceholder}}${didYouMean(badPlaceholder, allowed)}; ${list}`));
      continue;
    }
    const check: CustomCheck = {
      id,
      severity: setting.severity ?? 'error',
      enabled: setting.enabled !== false,
      scope,
      message: setting.message,
      when: setting.when,
      run: compiled.run,
    };
    if (setting.description !== undefined) check.description = setting.description;
    const when = source.locate([...where, 'when']);
    if (when.file && when.line !== undefined) check.at = `${when.file}:${when.line}`;
    custom.push(check);
  }
  if (errors.length > 0) return failAll(errors);
  return ok({ overrides, custom });
}

/** Every rule with the severity and state the settings give it, in documentation order. */
export function listRules(settings: CheckSettings = DEFAULT_CHECK_SETTINGS): RuleInfo[] {
  const configured = (meta: RuleMeta, kind: RuleInfo['kind']): RuleInfo => {
    const change = settings.overrides.get(meta.id);
    return {
      id: meta.id,
      severity: change?.severity ?? meta.severity,
      summary: meta.summary,
      fix: meta.fix,
      seed: meta.seed,
      kind,
      enabled: change?.enabled !== false,
    };
  };
  return [
    ...BUILT_IN_CHECKS.map((c) => configured(c, 'built-in')),
    ...WAIVER_RULES.map((r) => configured(r, 'waiver')),
    ...settings.custom.map((c): RuleInfo => ({
      id: c.id,
      severity: c.severity,
      summary: c.description ?? c.message,
      fix: c.message,
      kind: 'custom',
      enabled: c.enabled,
    })),
    ...STRUCTURAL_RULES.map((r): RuleInfo => ({ id: r.id, severity: r.severity, summary: r.summary, fix: r.fix, kind: 'structural', enabled: true })),
  ];
}
