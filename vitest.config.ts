import { defineConfig } from 'vitest/config';
import { MAX_WORKERS, SHARED, SPAWNING, UNIT_PROJECTS } from './vitest.unit.config.js';

/**
 * `npm test`: every file. The tier of test:unit, plus the files that start
 * processes, each with its own module registry (vitest.unit.config.ts lists them).
 */
export default defineConfig({
  test: {
    maxWorkers: MAX_WORKERS,
    projects: [...UNIT_PROJECTS, { test: { ...SHARED, name: 'spawning', include: SPAWNING.map((g) => (g.endsWith('/**') ? `${g}/*.test.ts` : g)) } }],
  },
});
