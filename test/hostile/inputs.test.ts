/**
 * The inputs that deserve a correct result rather than a
 * refusal (BOM, CRLF, UTF-16, quotes and line breaks in CSV cells), the ones
 * whose refusal must say exactly where (numbers that are not numbers,
 * duplicate keys, prototype keys, invalid UTF-8, an error deep in a big
 * file), and a check that the harness itself can fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STREAM_FROM_BYTES } from '../../src/commands/score/streamed-file.js';
import { MAX_INPUT_BYTES } from '../../src/io/read-input.js';
import { runInProcess } from '../helpers/cli.js';
import { csvQuote, passingAnswers, proc, toJson, toYaml } from '../helpers/inventory.js';
import { example, repoRoot } from '../helpers/paths.js';
import { utf16 } from './corpus.js';
import { expectCleanRefusal, expectSafeStreams, printMeasurements, record, runMeasured, TERMINAL_UNSAFE } from './harness.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-inputs-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  printMeasurements('Inputs with a correct result or an exact refusal');
});

const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};
const score = (args: string[], input?: string | Buffer) => runInProcess(['score', ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });

/** No property appeared on Object.prototype in this process. */
function expectPrototypeClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
}
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('encodings and line ends give the same result as plain UTF-8', () => {
  const yaml = readFileSync(example('agency.yaml'), 'utf8');
  const csv = readFileSync(example('agency.csv'), 'utf8');
  const variants: [string, string, string | Buffer][] = [
    ['YAML with a BOM', 'bom.yaml', `\ufeff${yaml}`],
    ['YAML with CRLF', 'crlf.yaml', yaml.replace(/\n/g, '\r\n')],
    ['YAML with BOM and CRLF', 'bom-crlf.yaml', `\ufeff${yaml.replace(/\n/g, '\r\n')}`],
    ['YAML in UTF-16LE', 'utf16le.yaml', utf16(yaml, 'le')],
    ['YAML in UTF-16BE', 'utf16be.yaml', utf16(yaml, 'be')],
    ['CSV with a BOM', 'bom.csv', `\ufeff${csv}`],
    ['CSV with CRLF', 'crlf.csv', csv.replace(/\n/g, '\r\n')],
    ['CSV in UTF-16LE with CRLF', 'utf16le.csv', utf16(csv.replace(/\n/g, '\r\n'), 'le')],
  ];
  let yamlResult: string;
  let csvResult: string;
  beforeAll(async () => {
    yamlResult = (await runInProcess(['score', example('agency.yaml'), '--format', 'json'])).stdout;
    csvResult = (await runInProcess(['score', example('agency.csv'), '--format', 'json'])).stdout;
    expect(yamlResult).toContain('"processes"');
  });

  it.each(variants)('%s', async (_what, name, content) => {
    const r = await score([write(name, content), '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(name.endsWith('.csv') ? csvResult : yamlResult);
  });

  it('UTF-8 read from stdin, with a BOM and CRLF', async () => {
    const r = await score(['-', '--format', 'json'], `\ufeff${yaml.replace(/\n/g, '\r\n')}`);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(yamlResult);
  });

  it('UTF-16 without a byte order mark is refused with what to do', async () => {
    const r = await score([write('no-bom.yaml', utf16(yaml, 'le', false))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: no-bom.yaml: this is UTF-16 text without a byte order mark: save it as CSV UTF-8 (or UTF-16 with a byte order mark)\n');
  });

  it('invalid UTF-8 (a Latin-1 export, say) is refused with the place of the first bad byte', async () => {
    const latin1 = Buffer.from('id,name\nseo,Référencement naturel\n', 'latin1');
    const r = await score([write('latin1.csv', latin1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: latin1.csv:2:6: is not UTF-8 text; save it as UTF-8 (or UTF-16 with a byte order mark)\n');
  });
});

describe('CSV cells', () => {
  it('quotes, commas and line breaks inside quoted cells are kept exactly', async () => {
    const names = ['Say "hello", then leave', 'Line one\nLine two', 'Windows\r\nline end', '=1+2 stays data'];
    const header = 'id,name,core_competency';
    const rows = names.map((n, i) => `p-${i},${csvQuote(n)},${i + 1}`);
    const r = await score([write('quoted.csv', `${header}\r\n${rows.join('\r\n')}\r\n`), '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((JSON.parse(r.stdout) as { processes: { name: string }[] }).processes.map((p) => p.name)).toEqual(names);
  });

  it('a 10 MB cell is refused in one short line that does not repeat it', async () => {
    const r = record(
      'score huge-cell.csv',
      await runMeasured(['score', write('huge-cell.csv', `id,name\nbig,"${'x'.repeat(10 * 1024 * 1024)}"\n`)], { cwd: dir }),
    );
    expectCleanRefusal(r);
    expect(r.stderr).toBe('outsource: huge-cell.csv:2:5: processes[0].name: 10485760 characters; must be at most 500\n');
  });

  it('a 10 MB cell in a criterion column is described, not echoed', async () => {
    const r = await score([write('huge-answer.csv', `id,name,risk\nbig,Big,${'9'.repeat(10 * 1024 * 1024)}\n`)]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(300);
    expect(r.stderr).toMatch(/^outsource: huge-answer\.csv:2:\d+: processes\[0\]\.answers\.risk: /);
  });

  it('a quote left open at the start of a big file is one line with its place', async () => {
    const r = await score([write('open-quote.csv', `id,name\n"open,${'x,'.repeat(1_000_000)}\n`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: open-quote.csv:2:1: unterminated quoted cell: a " opens it but none closes it\n');
  });
});

describe('numbers that are not what they look like', () => {
  const answers = (risk: string) =>
    `processes:\n  - id: a\n    name: A\n    answers: { core_competency: 1, vendor_parity: 5, benefit: 5, regulated: false, politically_sensitive: 1, compliance_owner: false, face_to_face: 1, in_progress: false, roadmap_undecided: false, domain_expertise: 1, contractual_duty: false, cost_of_inaction: 4, tech_complexity: 1, repetitiveness: 5, risk: ${risk} }\n`;
  it.each([
    ['1e999', 'expected number, got "1e999"'],
    ['-1e999', 'expected number, got "-1e999"'],
    ['.nan', 'expected number, got NaN'],
    ['.inf', 'expected number, got Infinity'],
    ['"3"', 'expected number, got "3"'],
    ['1_000', 'expected number, got "1_000"'],
    ['3.5', 'expected a whole number, got 3.5'],
    ['0x10', '16 is out of range: must be at most 5'],
  ])('YAML risk: %s is refused: %s', async (value, message) => {
    const r = await score([write('n.yaml', answers(value))]);
    expect(r.code).toBe(2);
    const column = answers(value).split('\n')[3]!.indexOf('risk: ') + 1 + 'risk: '.length;
    expect(r.stderr).toBe(`outsource: n.yaml:4:${column}: processes[0].answers.risk: ${message}\n`);
  });

  it.each(['0x3', '0o3', '3.0', '!!int 3'])('YAML risk: %s is the number 3 (YAML 1.2 core schema)', async (value) => {
    const r = await score([write('n3.yaml', answers(value)), '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((JSON.parse(r.stdout) as { processes: { score: number }[] }).processes[0]?.score).toBe(86.7);
  });

  it.each([
    ['1e999', 'expected number, got Infinity'],
    ['-1e999', 'expected number, got -Infinity'],
    ['-0', '0 is out of range: must be at least 1'],
  ])('JSON risk: %s is refused: %s', async (value, message) => {
    const r = await score([write('n.json', `{"processes":[{"id":"a","name":"A","answers":{"risk":${value}}}]}`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`outsource: n.json:1:54: processes[0].answers.risk: ${message}\n`);
  });
});

describe('duplicate and prototype keys', () => {
  it('a repeated key in YAML or JSON is refused where it repeats, not silently replaced', async () => {
    const yaml = await score([write('dup.yaml', 'processes:\n  - id: a\n    name: A\n    answers:\n      regulated: true\n      regulated: false\n')]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toMatch(/^outsource: dup\.yaml:6:7: duplicate key/);
    const json = await score([write('dup.json', '{"processes":[{"id":"a","name":"A","answers":{"regulated":true,"regulated":false}}]}')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^outsource: dup\.json:1:\d+: .*regulated/);
  });

  it.each([
    [
      'inventory.yaml',
      'processes:\n  - id: a\n    name: A\n    __proto__: { polluted: true }\n    answers: { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }\n__proto__: { isAdmin: true }\n',
    ],
    [
      'inventory.json',
      '{"__proto__":{"isAdmin":true},"processes":[{"id":"a","name":"A","__proto__":{"polluted":true},"answers":{"constructor":{"prototype":{"polluted":true}}}}]}',
    ],
    ['inventory.csv', 'id,name,__proto__,constructor\na,A,polluted,polluted\n'],
  ])('%s with prototype keys: refused by name, Object.prototype untouched', async (name, content) => {
    const r = await score([write(name, content)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"(__proto__|constructor)"/);
    expectPrototypeClean();
  });

  it.each(['score', 'rules'])('a rules file overriding __proto__, constructor and prototype (%s)', async (command) => {
    const rules = write(
      'proto-rules.yaml',
      'extends: default\ncriteria:\n  __proto__: { type: flag }\n  constructor: { question: "x?" }\ngates:\n  prototype: { step: 3 }\nscale:\n  __proto__: { min: 0 }\n',
    );
    const r = command === 'score' ? await score([example('agency.yaml'), '--rules', rules]) : await runInProcess(['rules', '--rules', rules], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/proto-rules\.yaml:\d+:\d+: /);
    expectPrototypeClean();
  });
});

describe('an error deep in a big file is found quickly and placed exactly', () => {
  const processes = Array.from({ length: 10_000 }, (_, i) => proc(`p-${i}`, passingAnswers()));
  processes[7777]!.answers = passingAnswers({ risk: 9 });

  it('YAML (about 4 MB): the line and column of the bad answer', async () => {
    const text = toYaml({ processes });
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const r = record('score 10k YAML, one error', await runMeasured(['score', write('big.yaml', text)], { cwd: dir }));
    expectCleanRefusal(r);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('risk: 9')) + 1;
    const column = (lines[line - 1]?.indexOf('risk') ?? 0) + 1 + 'risk: '.length;
    expect(r.stderr).toBe(`outsource: big.yaml:${line}:${column}: processes[7777].answers.risk: 9 is out of range: must be at most 5\n`);
  });

  it('minified JSON (one 3 MB line): the column of the bad answer', async () => {
    const text = JSON.stringify({ processes });
    const r = record('score 10k JSON one line, one error', await runMeasured(['score', write('big.json', text)], { cwd: dir }));
    expectCleanRefusal(r);
    const column = text.indexOf('"risk":9') + 1 + '"risk":'.length;
    expect(r.stderr).toBe(`outsource: big.json:1:${column}: processes[7777].answers.risk: 9 is out of range: must be at most 5\n`);
  });

  it('the same inventory without the error scores', async () => {
    processes[7777]!.answers = passingAnswers();
    const r = await score([write('big-ok.json', toJson({ processes })), '--format', 'csv']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(10_001);
  });
});

describe('a CSV large enough to be read twice', () => {
  // Long names make the file pass the size with few rows, which keeps the run short.
  const name = 'Monthly close and reconciliation of the regional ledgers '.repeat(8);
  const answers = passingAnswers();
  const ids = Object.keys(answers);
  const row = (i: number, risk = answers.risk) => `p-${i},${name},${ids.map((id) => String(id === 'risk' ? risk : answers[id])).join(',')}`;
  const rows = (bad: string) => {
    const lines = [`id,name,${ids.join(',')}`];
    for (let size = 0; size < STREAM_FROM_BYTES; size += (lines.at(-1)?.length ?? 0) + 1) lines.push(row(lines.length - 1));
    lines.push(bad);
    return `${lines.join('\n')}\n`;
  };

  it('an error in its last row is the whole-file error, placed exactly, with nothing written', async () => {
    const text = rows(row(999_999, 9));
    expect(text.length).toBeGreaterThan(STREAM_FROM_BYTES);
    const r = record('score 16 MB CSV, error in the last row', await runMeasured(['score', write('large-bad.csv', text), '--format', 'json'], { cwd: dir }));
    expectCleanRefusal(r);
    const line = text.split('\n').length - 1;
    const before = ids.slice(0, ids.indexOf('risk')).map((id) => `${String(answers[id])},`);
    const column = `p-999999,${name},${before.join('')}`.length + 1;
    expect(r.stderr).toBe(`outsource: large-bad.csv:${line}:${column}: processes[${line - 2}].answers.risk: 9 is out of range: must be at most 5\n`);
  });

  it('a duplicate id in its last row is refused as the whole-file path refuses it, with nothing written', async () => {
    const text = rows(row(0));
    expect(text.length).toBeGreaterThan(STREAM_FROM_BYTES);
    const r = record(
      'score 16 MB CSV, duplicate id in the last row',
      await runMeasured(['score', write('large-dup.csv', text), '--format', 'csv'], { cwd: dir }),
    );
    expectCleanRefusal(r);
    expect(r.stderr).toMatch(/^outsource: large-dup\.csv:\d+:1: processes\[\d+\]\.id: duplicate id "p-0" \(first used by processes\[0\]\)\n$/);
  });
});

describe('stdin', () => {
  it('more than 200 MB on stdin is refused without reading it all', async () => {
    const input = Buffer.alloc(MAX_INPUT_BYTES + 1024 * 1024, 'processes: []\n');
    const r = record('score - (201 MB on stdin)', await runMeasured(['score', '-'], { input }));
    expectCleanRefusal(r);
    expect(r.stderr).toBe('outsource: <stdin>: input is over the limit of 200 MB\n');
  });

  it('score - with nothing piped in, on a terminal, says what to do', async () => {
    const r = await runInProcess(['score', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: <stdin>: nothing is piped in; give a file name instead of "-"\n');
  });
});

describe('the harness can fail', () => {
  it('the prototype guard reports pollution', () => {
    const file = join(dir, 'proto-report');
    const result = spawnSync(process.execPath, ['--require', join(repoRoot, 'test', 'hostile', 'proto-guard.cjs'), '-e', 'Object.prototype.polluted = 1'], {
      env: { ...process.env, PROTO_GUARD_FILE: file },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['Object.prototype.polluted', '({}).polluted']);
  });

  it('the stream checks catch an escape sequence, a stack trace and a hang', () => {
    const base = { code: 2, signal: null, stdout: '', stdoutBytes: 0, stderrBytes: 0, peakRssMb: 50, ms: 1, timedOut: false, pollution: [] };
    expect(() => expectSafeStreams({ ...base, stderr: 'outsource: \u001b[31mred\n' })).toThrow();
    expect(() => expectSafeStreams({ ...base, stderr: 'Error: x\n    at f (file.js:1:2)\n' })).toThrow();
    expect(() => expectSafeStreams({ ...base, stderr: '', timedOut: true })).toThrow();
    expect(() => expectSafeStreams({ ...base, stderr: '', peakRssMb: 600 })).toThrow();
    expect(() => expectCleanRefusal({ ...base, stderr: 'outsource: fine\n' })).not.toThrow();
    expect('\u202e').toMatch(TERMINAL_UNSAFE);
  });
});
