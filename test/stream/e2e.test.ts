/**
 * The built binary on a CSV over the size read in two readings: the same
 * bytes as the same rows piped in on stdin, which is always read whole.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STREAM_FROM_BYTES } from '../../src/commands/score/streamed-file.js';
import { runBin } from '../helpers/cli.js';
import { passingAnswers } from '../helpers/inventory.js';

let dir: string;
let text: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-stream-e2e-'));
  const answers = passingAnswers();
  const ids = Object.keys(answers);
  // Long names make the file large with few rows, which keeps the run short.
  const name = 'Monthly close and reconciliation of the regional ledgers '.repeat(8);
  const lines = [`id,name,${ids.join(',')}`];
  for (let i = 0; STREAM_FROM_BYTES > lines.length * (name.length + 60); i++) {
    const cells = ids.map((id, k) => (k === i % ids.length && typeof answers[id] === 'number' ? String(1 + (i % 5)) : String(answers[id])));
    lines.push(`p-${i},${name}${i},${cells.join(',')}`);
  }
  text = `${lines.join('\n')}\n`;
  writeFileSync(join(dir, 'large.csv'), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('score on a large CSV', () => {
  it('writes JSON to a file and CSV to stdout, byte for byte what the whole-file path writes', async () => {
    expect(statSync(join(dir, 'large.csv')).size).toBeGreaterThanOrEqual(STREAM_FROM_BYTES);
    const two = await runBin(['score', 'large.csv', '--format', 'json', '-o', 'two.json', '--format', 'csv'], { cwd: dir });
    const whole = await runBin(['score', '-', '--format', 'json', '-o', 'whole.json', '--format', 'csv'], { cwd: dir, input: text });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(whole.code).toBe(0);
    expect(two.stdout).toBe(whole.stdout);
    const json = readFileSync(join(dir, 'two.json'), 'utf8');
    expect(json).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
    expect((JSON.parse(json) as { processes: unknown[] }).processes.length).toBe(text.split('\n').length - 2);
  });
});
