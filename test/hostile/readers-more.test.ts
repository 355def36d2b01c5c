/**
 * The other ways in: every option or command that reads a
 * file through a loader test/hostile/readers.test.ts already covers gets a
 * sample of the corpus (one of each kind of attack), with the same demands:
 * exit 2, a few clear lines, no stack, no escape sequence, no pollution,
 * under 500 MB, no hang.
 */
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { generateCorpus, type GeneratedCorpus } from './corpus.js';
import { expectCleanRefusal, printMeasurements, record, runMeasured, KILL_AFTER_MS } from './harness.js';
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

const label = (name: string) => JSON.stringify(name).slice(1, -1);
const pathOf = (name: string) => (COMMITTED.includes(name) ? fixture('hostile', 'any', name) : corpus.files.find((f) => f.name === name)!.path);

describe.each(SECONDARY)('$label', (reader) => {
  describe.concurrent('sample of the corpus', () => {
    for (const name of [...COMMITTED, ...GENERATED]) {
      it(label(name), { timeout: KILL_AFTER_MS * 2 }, async ({ skip }) => {
        const path = pathOf(name);
        const stdin = reader.args(path).includes('-');
        if (stdin && !statSync(path).isFile()) return skip('only a regular file can be piped in');
        // The size limit applies to a pipe as well, but piping 200 MB through a test costs more than it shows.
        if (stdin && statSync(path).size > 64 * 1024 * 1024) return skip('over the limit: readers.test.ts covers it for files');
        const options = { ...reader.options?.(), ...(stdin ? { input: readFileSync(path) } : {}) };
        expectCleanRefusal(record(`${reader.label} ${label(name)}`, await runMeasured(reader.args(path), options)));
      });
    }
  });
});
