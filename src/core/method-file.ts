import type { Result } from './parse/diagnostics.js';
import { ok } from './parse/diagnostics.js';
import type { Method } from './method.js';
import { loadRules, type SourceText } from './rules/load.js';
import type { RulesFile } from './rules/schema.js';
import { checkRuleTests } from './rule-tests/check.js';
import { compileCheckSettings, type CheckSettings } from './roadmap/settings.js';

/** The method, the validated file, and the compiled `checks:` section (for `outsource check`). */
export interface LoadedMethod {
  method: Method;
  raw: RulesFile;
  checks: CheckSettings;
}

/**
 * Everything a rules file holds, loaded together: the method, its `tests:`
 * vectors checked against it, and its `checks:` compiled. The rules loader
 * knows only the method; this module is where the three parts meet.
 */
export function loadMethod(defaultSource: SourceText, userSource?: SourceText): Result<LoadedMethod> {
  const rules = loadRules(defaultSource, userSource, checkRuleTests);
  if (!rules.ok) return rules;
  const { method, raw, source } = rules.value;
  const criteria = Object.entries(raw.criteria).map(([id, c]) => ({ id, type: c.type }));
  const checks = compileCheckSettings(raw.checks, criteria, source);
  if (!checks.ok) return checks;
  return ok({ method, raw, checks: checks.value });
}
