/**
 * Every hostile file against every loader (one command
 * each; test/hostile/readers-more.test.ts covers the other ways in). Each
 * run must end with exit 2 and a few clear lines on stderr (one per
 * problem), nothing on stdout, no stack trace, no escape sequence from the
 * data, no polluted prototype, under 500 MB, and before the kill timeout.
 */
import { afterAll, beforeAll } from 'vitest';
import { committedFiles, GENERATED, generateCorpus, type GeneratedCorpus } from './corpus.js';
import { describeGrid } from './grid.js';
import { printMeasurements } from './harness.js';
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

const committed = committedFiles();
describeGrid(
  PRIMARY,
  [...committed.map((f) => f.name), ...GENERATED],
  (name) => (committed.find((f) => f.name === name) ?? corpus.files.find((f) => f.name === name))?.path,
);
