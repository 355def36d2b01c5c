import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The fast tier (`npm run test:unit`): core, reporters and commands run
 * in-process. Suites that spawn the built binary, a terminal or a browser,
 * and the fuzz runs, run only in the full `npm test`.
 */
export const SPAWNING = [
  'test/assess/command.test.ts',
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
  'test/plan/plan.test.ts',
  'test/plan/report-browser.test.ts',
];

export default mergeConfig(base, defineConfig({ test: { exclude: [...SPAWNING, 'node_modules/**'] } }));
