/**
 * The other ways in: every option or command that reads a
 * file through a loader test/hostile/readers.test.ts already covers gets a
 * sample of the corpus (one of each kind of attack), with the same demands:
 * exit 2, a few clear lines, no stack, no escape sequence, no pollution,
 * under 500 MB, no hang.
 */
import { afterAll, beforeAll } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { generateCorpus, type GeneratedCorpus } from './corpus.js';
import { describeGrid } from './grid.js';
import { printMeasurements } from './harness.js';
import { removeScratch, SECONDARY } from './readers.js';

const COMMITTED = [
  'alias-bomb.yaml',
  'alias-bomb-maps.yaml',
  'proto-keys.yaml',
  'proto-keys.json',
  'escape-keys.yaml',
  'duplicate-keys.json',
  'numbers.yaml',
  'tags.yaml',
  'empty.yaml',
];
const GENERATED = [
  'deep-flow-seq.yaml',
  'deep-array.json',
  'long-line.json',
  'long-escapes.yaml',
  'oversize.yaml',
  'garbage.bin',
  'invalid-utf8.yaml',
  'directory.yaml',
  '\u001b[31mred\u0007\u202e.yaml',
];

let corpus: GeneratedCorpus;
beforeAll(() => {
  corpus = generateCorpus();
});
afterAll(() => {
  corpus?.cleanup();
  removeScratch();
  printMeasurements('Hostile files through every other option that reads a file');
});

describeGrid(SECONDARY, [...COMMITTED, ...GENERATED], (name) =>
  COMMITTED.includes(name) ? fixture('hostile', 'any', name) : corpus.files.find((f) => f.name === name)?.path,
);
