import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { MAX_WORKERS, SHARED, SPAWNING, UNIT_PROJECTS } from './vitest.unit.config.js';

/** The longest files, started first so that they never run alone at the end (a fresh clone has no timings for vitest to sort by). */
const FIRST = ['test/hostile/readers.test.ts', 'test/hostile/readers-more.test.ts', 'test/crash/writers.test.ts', 'test/ship/pre-commit.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return at === -1 ? FIRST.length : at;
    };
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file);
  }
}

/**
 * `npm test`: every file. The tier of test:unit, plus the files that start
 * processes, each with its own module registry (vitest.unit.config.ts lists them).
 */
export default defineConfig({
  test: {
    maxWorkers: MAX_WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [...UNIT_PROJECTS, { test: { ...SHARED, name: 'spawning', include: SPAWNING.map((g) => (g.endsWith('/**') ? `${g}/*.test.ts` : g)) } }],
  },
});
