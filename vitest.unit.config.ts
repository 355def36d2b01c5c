import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The fast tier (`npm run test:unit`): core, reporters and commands run
 * in-process. Suites that spawn the built binary, a terminal, a browser or
 * npm, and the fuzz runs, run only in the full `npm test`
 * (test/suite/tiers.test.ts checks that every such file is listed here).
 */
export const SPAWNING = [
  'test/assess/command.test.ts',
  'test/assess/e2e-compiled-catalogues.test.ts',
  'test/assess/e2e-everyday.test.ts',
  'test/assess/e2e.test.ts',
  'test/check/cli.test.ts',
  'test/check/docs-and-ci.test.ts',
  'test/cli/general.test.ts',
  'test/cli/init.test.ts',
  'test/cli/rules.test.ts',
  'test/cli/schema.test.ts',
  'test/cli/score.test.ts',
  'test/crash/**',
  'test/decision/cli.test.ts',
  'test/fuzz/**',
  'test/hostile/**',
  'test/money/e2e.test.ts',
  'test/plan/plan.test.ts',
  'test/plan/report-browser.test.ts',
  'test/plan/report-charts-browser.test.ts',
  'test/plan/report-roadmap.test.ts',
  'test/plan/vendor-weights-round-trip.test.ts',
  'test/ship/action.test.ts',
  'test/ship/baseline.test.ts',
  'test/ship/bundle.test.ts',
  'test/ship/ci-reports.test.ts',
  'test/ship/completion.test.ts',
  'test/ship/config.test.ts',
  'test/ship/outputs.test.ts',
  'test/ship/package.test.ts',
  'test/ship/pre-commit.test.ts',
  'test/spreadsheets/spreadsheets.test.ts',
  'test/stream/e2e.test.ts',
  'test/track/e2e.test.ts',
];

/**
 * Files that replace modules with vi.mock keep a module registry of their own;
 * the others share one (isolate: false), which saves loading the source and
 * vitest again for every file: two thirds of this tier's time.
 */
export const MOCKING = ['test/cli/argv.test.ts', 'test/cli/fast-start.test.ts'];

export const INCLUDE = ['test/**/*.test.ts'];
/** What every project shares. */
/** setupFiles: the CLI loads CEL only when a rules file has checks of its own; tests that compile such checks in-process get it loaded up front. */
export const SHARED = { testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' as const, setupFiles: ['test/helpers/load-cel.ts'] };

/** The in-process files (one module registry) and the mocking ones: the whole of test:unit, and part of npm test. */
export const UNIT_PROJECTS: TestProjectInlineConfiguration[] = [
  { test: { ...SHARED, name: 'unit', include: INCLUDE, isolate: false, exclude: [...SPAWNING, ...MOCKING, 'node_modules/**'] } },
  { test: { ...SHARED, name: 'unit-mocking', include: MOCKING } },
];

/**
 * Vitest's default of one worker fewer than the cores leaves one worker on a
 * 2-core machine, which then mostly waits for the processes the suites start.
 */
export const MAX_WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({ test: { maxWorkers: MAX_WORKERS, projects: UNIT_PROJECTS } });
