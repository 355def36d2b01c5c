/** The default method and variations of it, loaded the way the CLI loads them, for unit and property tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMethod } from '../../src/core/method-file.js';
import type { Method } from '../../src/core/method.js';
import type { Diagnostic } from '../../src/core/parse/diagnostics.js';
import { repoRoot } from './paths.js';
import { loadMetricDirections } from '../../src/core/metrics/load-directions.js';
import type { MetricDirections } from '../../src/core/metrics/direction.js';

export const DEFAULT_RULES_FILE = 'rules/default.yaml';
export const defaultRulesText = readFileSync(join(repoRoot, DEFAULT_RULES_FILE), 'utf8');

let cached: Method | undefined;

/** The shipped method, compiled once per test file. */
export function defaultMethod(): Method {
  if (cached) return cached;
  const result = loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText });
  if (!result.ok) throw new Error(`rules/default.yaml does not load: ${JSON.stringify(result.errors)}`);
  cached = result.value.method;
  return cached;
}

/** The default method with a user's rules text over it (usually one that says `extends: default`). */
export function methodFrom(userText: string, file = 'user.yaml'): Method {
  const result = loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText }, { file, text: userText });
  if (!result.ok) throw new Error(`rules do not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value.method;
}

/** The diagnostics of a rules text that is expected to fail. */
export function rulesErrors(userText: string, file = 'user.yaml'): Diagnostic[] {
  const result = loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText }, { file, text: userText });
  if (result.ok) throw new Error('expected the rules to be rejected, but they loaded');
  return result.errors;
}

/** Which way is good for the metric names the shipped catalogue knows, as the CLI loads them. */
export function catalogueDirections(): MetricDirections {
  const result = loadMetricDirections(readFileSync(join(repoRoot, 'rules', 'metrics.yaml'), 'utf8'), 'rules/metrics.yaml');
  if (!result.ok) throw new Error(`rules/metrics.yaml does not load: ${JSON.stringify(result.errors)}`);
  return result.value;
}
