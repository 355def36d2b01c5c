/**
 * `score FILE.csv --format json|csv` in two readings of the file, against the
 * same command reading the file whole (the CLI reads a file this small
 * whole): the same bytes, the same warning; nothing written when it leaves a
 * file to the whole-file path; one line when the file changes between readings.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStreamedFromFile } from '../../src/commands/score/streamed-file.js';
import { streamsFromFile } from '../../src/commands/score/streams-from-file.js';
import { InputChanged } from '../../src/core/inventory/not-streamable.js';
import type { Method } from '../../src/core/method.js';
import { UserError } from '../../src/io/errors.js';
import { loadMethodFor } from '../../src/io/load-method.js';
import { openRereadable } from '../../src/io/plain-csv-file.js';
import type { ScoreOutput } from '../../src/reporters/score/formats.js';
import { fakeIo, runInProcess } from '../helpers/cli.js';
import { passingAnswers } from '../helpers/inventory.js';

let dir: string;
let method: Method;
const answers = passingAnswers();
const ids = Object.keys(answers);
const header = `id,name,function,${ids.join(',')}`;

/** Rows that pass, with one answer varied so that scores, ranks and verdicts differ. */
function rows(count: number, from = 0): string {
  let out = '';
  for (let i = from; i < from + count; i++) {
    const cells = ids.map((id, k) => (k === i % ids.length && typeof answers[id] === 'number' ? String(1 + (i % 5)) : String(answers[id])));
    out += `p-${i},Process ${i} café,${i % 3 === 0 ? '' : 'finance'},${cells.join(',')}\n`;
  }
  return out;
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function streamed(path: string, targets: { format: ScoreOutput; file?: string }[], onStdout?: () => void) {
  const io = fakeIo({ cwd: dir });
  io.stdout = (text) => {
    onStdout?.();
    io.out.push(text);
  };
  const took = await writeStreamedFromFile(targets, path, method, io, { force: false, fromBytes: 0 });
  return { took, stdout: io.out.join(''), stderr: io.err.join('') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-stream-'));
  method = (await loadMethodFor(undefined, fakeIo())).method;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('score FILE.csv in two readings', () => {
  it.each(['json', 'csv'] as const)('writes the bytes of the whole-file path, as --format %s', async (format) => {
    const path = write(`inventory-${format}.csv`, `${header}\n${rows(300)}`);
    const two = await streamed(path, [{ format }]);
    const whole = await runInProcess(['score', path, '--format', format], { cwd: dir });
    expect(two.took).toBe(true);
    expect(whole.code).toBe(0);
    expect(two.stdout).toBe(whole.stdout);
    expect(two.stdout.length).toBeGreaterThan(1000);
  });

  it('writes -o files chunk by chunk, the same bytes as the whole-file path', async () => {
    const path = write('inventory-files.csv', `\ufeff${header}\n\n${rows(50)}`);
    const two = await streamed(path, [{ format: 'json', file: 'two.json' }, { format: 'csv' }]);
    const whole = await runInProcess(['score', path, '--format', 'json', '-o', 'whole.json', '--format', 'csv'], { cwd: dir });
    expect(two.took).toBe(true);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
    expect(two.stdout).toBe(whole.stdout);
  });

  it('warns of an empty inventory as the whole-file path does', async () => {
    const path = write('empty.csv', `${header}\n`);
    const two = await streamed(path, [{ format: 'json' }]);
    const whole = await runInProcess(['score', path, '--format', 'json'], { cwd: dir });
    expect(two).toEqual({ took: true, stdout: whole.stdout, stderr: whole.stderr });
    expect(two.stderr).toContain('lists no processes');
  });

  it.each([
    ['a quoted cell', `${header}\n${rows(3)}p-9,"Quoted",,${ids.map((id) => String(answers[id])).join(',')}\n`, 0],
    ['CRLF line ends', `${header}\r\n${rows(3).replace(/\n/g, '\r\n')}`, 0],
    ['a bad answer', `${header}\n${rows(3)}${rows(1, 3).replace(/,2,/, ',9,')}`, 2],
    ['a duplicate id', `${header}\n${rows(3)}${rows(1, 1)}`, 2],
    ['a short row', `${header}\n${rows(3)}p-9,Short\n`, 2],
    ['a money column (without a currency)', `${header},cost.in_house_annual\n${rows(2).replace(/\n/g, ',1000\n')}`, 2],
    ['an unknown column', `${header},nope\n${rows(2).replace(/\n/g, ',1\n')}`, 2],
  ])('leaves a file with %s to the whole-file path, writing nothing', async (_, text, code) => {
    const path = write('left.csv', text);
    const two = await streamed(path, [{ format: 'json' }]);
    expect(two).toEqual({ took: false, stdout: '', stderr: '' });
    expect((await runInProcess(['score', path, '--format', 'json'], { cwd: dir })).code).toBe(code);
  });

  it('stops with one line when the file is rewritten between the readings', async () => {
    // Over 2 MB, so the second reading has chunks left to read when the first output is written.
    const path = write('changing.csv', `${header}\n${rows(35_000)}`);
    let rewritten = false;
    const run = streamed(path, [{ format: 'json' }], () => {
      if (rewritten) return;
      rewritten = true;
      writeFileSync(path, `${header}\n${rows(34_999)}${rows(1, 34_999).replace(/,4,/, ',2,')}`);
    });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/changed while it was read/);
    expect(rewritten).toBe(true);
  });

  it('reads the file it opened when another is renamed into its place between the readings', () => {
    const path = write('renamed.csv', `${header}\n${rows(20)}`);
    const other = write('other.csv', `${header}\n${rows(5, 100)}`);
    const file = openRereadable(path, { from: 0, limit: 1 << 20 });
    if (!file) throw new Error('not opened');
    const first = [...file.blocks()].join('');
    renameSync(other, path);
    expect([...file.blocks()].join('')).toBe(first);
    file.close();
  });

  it('finds a file grown or rewritten in place by its digests', () => {
    const path = write('digests.csv', `${header}\n${rows(20)}`);
    const file = openRereadable(path, { from: 0, limit: 1 << 20 });
    if (!file) throw new Error('not opened');
    expect([...file.blocks()]).toHaveLength(1);
    writeFileSync(path, `${header}\n${rows(21)}`);
    expect(() => [...file.blocks()]).toThrow(InputChanged);
    file.close();
  });

  it('leaves devices, directories, small files and stdin to the whole-file path', () => {
    expect(openRereadable('/dev/null', { from: 0, limit: 1 << 20 })).toBeUndefined();
    expect(openRereadable(dir, { from: 0, limit: 1 << 20 })).toBeUndefined();
    const path = write('small.csv', `${header}\n${rows(2)}`);
    expect(openRereadable(path, { from: 1 << 20, limit: 1 << 30 })).toBeUndefined();
    expect(openRereadable(path, { from: 0, limit: 10 })).toBeUndefined();
    expect(streamsFromFile('-')).toBe(false);
    expect(streamsFromFile('inventory.yaml')).toBe(false);
    expect(streamsFromFile('Inventory.CSV')).toBe(true);
  });
});
