/** Loading roadmap fixtures the way `outsource check` does, in-process: method, inventory, roadmap, findings. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { loadInventory } from '../../src/core/inventory/load.js';
import { loadMethod, type LoadedMethod } from '../../src/core/method-file.js';
import { loadRoadmap, type LoadedRoadmap } from '../../src/core/roadmap/load.js';
import { checkRoadmap } from '../../src/core/roadmap/run.js';
import type { Finding } from '../../src/core/roadmap/types.js';
import type { Diagnostic } from '../../src/core/parse/diagnostics.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import type { Method } from '../../src/core/method.js';
import { parseActuals } from '../../src/core/tracking/actuals.js';
import { DEFAULT_TRACKING } from '../../src/core/tracking/settings.js';
import { trackRoadmap, type TrackResult } from '../../src/core/tracking/track.js';
import { DEFAULT_RULES_FILE, catalogueDirections, defaultRulesText } from '../helpers/method.js';
import { fixture, repoRoot } from '../helpers/paths.js';

/** The fixed day waivers are checked against in unit tests: never the clock. */
export const TODAY = '2025-06-01';

export const checkFixture = (...parts: string[]): string => fixture('check', ...parts);

/** The default rules, or a user's rules text over them (usually `extends: default`). */
export function rulesFrom(userText?: string, file = 'my-rules.yaml'): LoadedMethod {
  const result = loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText }, userText === undefined ? undefined : { file, text: userText });
  if (!result.ok) throw new Error(`rules do not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return { ...result.value, method: { ...result.value.method, metricDirections: catalogueDirections() } };
}

/** The diagnostics of a rules text that must be rejected. */
export function rulesErrorsOf(userText: string, file = 'my-rules.yaml'): Diagnostic[] {
  const result = loadMethod({ file: DEFAULT_RULES_FILE, text: defaultRulesText }, { file, text: userText });
  if (result.ok) throw new Error('expected the rules to be rejected, but they loaded');
  return result.errors;
}

export function loadRoadmapText(text: string, file = 'roadmap.yaml'): LoadedRoadmap {
  const loaded = loadRoadmap(text, file);
  if (!loaded.ok) throw new Error(`roadmap does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.value;
}

export interface CheckOptions {
  rules?: LoadedMethod;
  today?: string;
}

/** Checks roadmap text whose inventory path is relative to `dir`. */
export function checkText(text: string, dir: string, options: CheckOptions = {}, file = 'roadmap.yaml'): Finding[] {
  const { method, checks } = options.rules ?? rulesFrom();
  const loaded = loadRoadmapText(text, file);
  const inventoryPath = resolve(dir, loaded.roadmap.inventory);
  const inventory = loadInventory(readFileSync(inventoryPath, 'utf8'), relative(repoRoot, inventoryPath), method);
  if (!inventory.ok) throw new Error(`inventory does not load: ${inventory.errors.map((e) => e.message).join('; ')}`);
  const tracking = trackingOf(loaded, dir, inventory.value, method);
  return checkRoadmap({
    roadmap: loaded,
    inventory: inventory.value,
    inventoryFile: relative(repoRoot, inventoryPath),
    method,
    settings: checks,
    today: options.today ?? TODAY,
    ...(tracking ? { tracking } : {}),
  });
}

/** The roadmap's tracking.actuals judged against its SLAs, as `check` does. */
function trackingOf(loaded: LoadedRoadmap, dir: string, inventory: Inventory, method: Method): TrackResult | undefined {
  const named = loaded.roadmap.tracking?.actuals;
  if (!named) return undefined;
  const path = resolve(dir, named);
  const actuals = parseActuals(readFileSync(path, 'utf8'), relative(repoRoot, path));
  if (!actuals.ok) throw new Error(`actuals do not load: ${actuals.errors.map((e) => e.message).join('; ')}`);
  const metrics = new Map(inventory.processes.map((p) => [p.id, p.metrics]));
  const result = trackRoadmap({
    roadmap: loaded,
    actuals: actuals.value,
    metricsOf: (p) => metrics.get(p),
    directions: method.metricDirections,
    settings: DEFAULT_TRACKING,
    inventoryPath: 'inventory.yaml',
  });
  if (!result.ok) throw new Error(`actuals do not track: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value;
}

/** Checks a fixture file, named relative to the repository root in findings. */
export function checkFile(path: string, options: CheckOptions = {}): Finding[] {
  return checkText(readFileSync(path, 'utf8'), dirname(path), options, relative(repoRoot, path));
}

/** [line, column] of every finding of one rule that is not waived. */
export const positionsOf = (findings: readonly Finding[], rule: string): [number, number][] =>
  findings.filter((f) => f.rule === rule && !f.suppressed).map((f) => [f.line, f.column]);

export const messagesOf = (findings: readonly Finding[], rule: string): string[] =>
  findings.filter((f) => f.rule === rule && !f.suppressed).map((f) => f.message);

/** The parts of a SARIF log the tests read. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  suppressions?: { kind: string; status: string; justification: string }[];
}
export interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: SarifResult[] }[];
}

/** JUnit XML as fast-xml-parser reads it, attributes without a prefix. */
export interface JunitCase {
  name: string;
  classname: string;
  failure?: { message: string; type: string; '#text': string };
  skipped?: unknown;
  'system-out'?: string;
}
export interface JunitSuite {
  name: string;
  tests: string;
  failures: string;
  testcase: JunitCase | JunitCase[];
}
export interface JunitDoc {
  testsuites: { testsuite: JunitSuite | JunitSuite[] };
}

/** Every test case of every suite. */
export const junitCases = (doc: JunitDoc): JunitCase[] => [doc.testsuites.testsuite].flat().flatMap((suite) => [suite.testcase].flat());
