/**
 * The hostile corpus: small files committed under test/fixtures/hostile/any/,
 * big and binary ones generated here into a temporary folder (a 50 MB line,
 * a file over the 200 MB limit, 10,000-deep nesting, random bytes), so the
 * repository stays small and a fresh clone runs the same corpus.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../../src/io/read-input.js';
import { fixture } from '../helpers/paths.js';
// A seeded generator, so every run sees the same "random" bytes.
import { mulberry32 } from '../../src/core/sensitivity/prng.js';

export interface HostileFile {
  /** Short label used in test names and the measurements table. */
  name: string;
  path: string;
}

export const DEPTH = 10_000;

/** What generateCorpus writes, known before it runs so tests can be named. fifo.yaml needs mkfifo. */
export const GENERATED = [
  'deep-block-seq.yaml',
  'deep-flow-seq.yaml',
  'deep-flow-map.yaml',
  'deep-array.json',
  'deep-object.json',
  'deep-100k.json',
  'alias-flood.yaml',
  'long-plain-line.yaml',
  'long-quoted-line.yaml',
  'long-line.json',
  'long-key.yaml',
  'long-escapes.json',
  'long-escapes.yaml',
  'long-single-escapes.yaml',
  'long-block-scalar.yaml',
  'many-keys.yaml',
  'oversize.yaml',
  'nul-byte.yaml',
  'garbage.bin',
  'garbage-no-nul.yaml',
  'invalid-utf8.yaml',
  'utf16le-broken.yaml',
  'utf16be-broken.yaml',
  'utf16-no-bom.yaml',
  'bom-only.yaml',
  'crlf-broken.yaml',
  'directory.yaml',
  'missing.yaml',
  '\u001b[31mred\u0007\u202e.yaml',
  'escape-missing',
  '/dev/zero',
  'fifo.yaml',
] as const;
export const LONG_LINE_BYTES = 50 * 1024 * 1024;

export function randomBytes(length: number, seed: number, { noNul = false } = {}): Buffer {
  const random = mulberry32(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = noNul ? 1 + Math.floor(random() * 255) : Math.floor(random() * 256);
  return out;
}

export function utf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

/** The committed small files that are hostile to any reader. */
export function committedFiles(): HostileFile[] {
  const dir = fixture('hostile', 'any');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, path: join(dir, name) }));
}

export interface GeneratedCorpus {
  dir: string;
  files: HostileFile[];
  cleanup(): void;
}

/** Writes the generated part of the corpus; every file is hostile to every reader. */
export function generateCorpus(): GeneratedCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'outsource-hostile-'));
  const files: HostileFile[] = [];
  const add = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    files.push({ name, path });
  };
  const open = '['.repeat(DEPTH);
  const close = ']'.repeat(DEPTH);
  add('deep-block-seq.yaml', `processes:\n${'- '.repeat(DEPTH)}x\n`);
  add('deep-flow-seq.yaml', `processes: ${open}${close}\n`);
  add('deep-flow-map.yaml', `processes: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`);
  add('deep-array.json', `{"processes": ${open}${close}}\n`);
  add('deep-object.json', `{"processes": ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}\n`);
  add('deep-100k.json', `{"criteria": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`);
  add('alias-flood.yaml', `anchor: &a {id: same, name: Same}\nprocesses: [${Array.from({ length: 100_000 }, () => '*a').join(', ')}]\n`);

  const long = 'x'.repeat(LONG_LINE_BYTES);
  add('long-plain-line.yaml', `processes: [{id: a, name: ${long}}]`);
  add('long-quoted-line.yaml', `processes: [{id: a, name: "${long}"}]`);
  add('long-line.json', `{"processes":[{"id":"a","name":"${long}"}],"extends":"default"}`);
  add('long-key.yaml', `${long}: 1\n`);
  add('long-escapes.json', `{"name":"${'\\u001b'.repeat(LONG_LINE_BYTES / 6)}"}`);
  add('long-escapes.yaml', `processes:\n  - id: a\n    name: "${'\\e'.repeat(LONG_LINE_BYTES / 2)}"\n`);
  add('long-single-escapes.yaml', `processes:\n  - id: a\n    name: '${"''".repeat(LONG_LINE_BYTES / 2)}'\n`);
  add('long-block-scalar.yaml', `processes:\n  - id: a\n    name: |\n${'      the same line of a block scalar, repeated 800,000 times\n'.repeat(800_000)}`);
  add('many-keys.yaml', Array.from({ length: 400_000 }, (_, i) => `key-${i}: value ${i}\n`).join(''));

  // Over the limit without writing 200 MB: a sparse file reports its full size.
  const oversize = join(dir, 'oversize.yaml');
  const fd = openSync(oversize, 'w');
  ftruncateSync(fd, MAX_INPUT_BYTES + 1);
  closeSync(fd);
  files.push({ name: 'oversize.yaml', path: oversize });

  add('nul-byte.yaml', 'processes:\n  - id: a\n    name: "A\u0000B"\n');
  add('garbage.bin', randomBytes(64 * 1024, 1));
  add('garbage-no-nul.yaml', randomBytes(64 * 1024, 2, { noNul: true }));
  add(
    'invalid-utf8.yaml',
    Buffer.concat([
      Buffer.from('processes:\n  - id: a\n    name: '),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
      Buffer.from('\n'),
    ]),
  );
  add('utf16le-broken.yaml', utf16('processes: [unclosed\n  "\u001b[31m\n', 'le'));
  add('utf16be-broken.yaml', utf16('processes: [unclosed\n', 'be'));
  add('utf16-no-bom.yaml', utf16('processes: []\n', 'le', false));
  add('bom-only.yaml', '\ufeff');
  add('crlf-broken.yaml', 'processes:\r\n  - id: a\r\n   name: misaligned\r\n');

  const directory = join(dir, 'directory.yaml');
  mkdirSync(directory);
  files.push({ name: 'directory.yaml', path: directory });
  files.push({ name: 'missing.yaml', path: join(dir, 'missing.yaml') });
  // The file name itself is data: it is shown in every message about the file.
  add('\u001b[31mred\u0007\u202e.yaml', '{}\n');
  files.push({ name: 'escape-missing', path: join(dir, '\u001b]0;title\u0007\u009b2J.yaml') });
  files.push({ name: '/dev/zero', path: '/dev/zero' });
  try {
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    files.push({ name: 'fifo.yaml', path: fifo });
  } catch {
    // No mkfifo here: the character device above covers "not a regular file".
  }
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
