/**
 * Every hostile file against every loader (one command
 * each; test/hostile/readers-more.test.ts covers the other ways in). Each
 * run must end with exit 2 and a few clear lines on stderr (one per
 * problem), nothing on stdout, no stack trace, no escape sequence from the
 * data, no polluted prototype, under 500 MB, and before the kill timeout.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { committedFiles, GENERATED, generateCorpus, type GeneratedCorpus } from './corpus.js';
import { expectCleanRefusal, printMeasurements, record, runMeasured, KILL_AFTER_MS } from './harness.js';
import { removeScratch, PRIMARY } from './readers.js';

let corpus: GeneratedCorpus;
beforeAll(() => {
  corpus = generateCorpus();
});
afterAll(() => {
  corpus?.cleanup();
  removeScratch();
  printMeasurements('Hostile files against every loader');
});

/** Test names show control characters as escapes, like the CLI does. */
const label = (name: string) => JSON.stringify(name).slice(1, -1);

describe.each(PRIMARY)('$label', (reader) => {
  describe.concurrent('committed corpus (test/fixtures/hostile/any)', () => {
    for (const file of committedFiles()) {
      it(label(file.name), async () => {
        expectCleanRefusal(record(`${reader.label} ${file.name}`, await runMeasured(reader.args(file.path), reader.options?.())));
      });
    }
  });
  // Sequential: several 50 MB parses at once on a small CI machine would only measure the machine.
  describe('generated corpus', () => {
    for (const name of GENERATED) {
      it(label(name), { timeout: KILL_AFTER_MS * 2 }, async ({ skip }) => {
        const file = corpus.files.find((f) => f.name === name);
        if (!file) return skip('mkfifo is not available here');
        expectCleanRefusal(record(`${reader.label} ${label(name)}`, await runMeasured(reader.args(file.path), reader.options?.())));
      });
    }
  });
});
