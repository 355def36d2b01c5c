/** End to end: `outsource score` as a user runs it (the built binary, NO_COLOR=1). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/inventory/csv.js';
import { canRunInTerminal, runBin, runInProcess, runBinInTerminal } from '../helpers/cli.js';
import { schemaErrors, validateScoreOutput } from '../helpers/json-schema.js';
import { example } from '../helpers/paths.js';
import { requireTool } from '../helpers/require-tool.js';

const validate = validateScoreOutput();
const EXAMPLES = ['examples/agency.yaml', 'examples/agency.csv', 'examples/it-services.yaml'];
const ESC = '\u001b[';
const STACK_LINE = /\n\s+at .+:\d+:\d+/;

/** Every process id of an example, in file order, read without the code under test. */
function idsOf(file: string): string[] {
  const text = readFileSync(example(file.replace('examples/', '')), 'utf8');
  if (file.endsWith('.csv'))
    return text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!);
  return [...text.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
}

describe.concurrent('score on the examples, in every format', () => {
  for (const file of EXAMPLES) {
    it(`${file} --format json: exit 0, schema-valid JSON on stdout alone, empty stderr`, async () => {
      const r = await runBin(['score', file, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { processes: { id: string; verdict: string }[] };
      expect(validate(json), schemaErrors(validate)).toBe(true);
      expect(json.processes.map((p) => p.id)).toEqual(idsOf(file));
    });

    it(`${file} --format csv: one row per process with a header`, async () => {
      const r = await runInProcess(['score', file, '--format', 'csv']);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const table = parseCsv(r.stdout, 'out.csv');
      expect(table.ok).toBe(true);
      if (!table.ok) return;
      const [header, ...rows] = table.value.rows;
      expect(header?.slice(0, 4)).toEqual(['id', 'name', 'function', 'verdict']);
      expect(rows.map((row) => row[0])).toEqual(idsOf(file));
      expect(rows.every((row) => row.length === header?.length)).toBe(true);
      expect(r.stdout).not.toContain(ESC);
    });

    it(`${file} --format markdown: a heading, the shortlist table, no escape codes`, async () => {
      const r = await runInProcess(['score', file, '--format', 'markdown']);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/^# Outsourcing shortlist/);
      expect(r.stdout).toContain('| Rank | Process |');
      expect(r.stdout).not.toContain(ESC);
    });

    it(`${file} (table): the shortlist first, then the crossed-out processes, no colour under NO_COLOR`, async () => {
      const r = await runInProcess(['score', file]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const shortlist = r.stdout.indexOf('Shortlist');
      expect(shortlist).toBeGreaterThan(-1);
      expect(r.stdout.indexOf('Step 3 - keep')).toBeGreaterThan(shortlist);
      expect(r.stdout).toMatch(/\d+ processes: \d+ to outsource/);
      expect(r.stdout).not.toContain(ESC);
    });
  }

  it('the table names the top-ranked process first', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml']);
    const first = r.stdout.indexOf('ad-adaptations');
    expect(first).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('banner-resizing')).toBeGreaterThan(first);
  });

  it('FORCE_COLOR=1 colours the table; the JSON stays plain', async () => {
    const env = { NO_COLOR: undefined, FORCE_COLOR: '1' };
    const table = await runBin(['score', 'examples/agency.yaml'], { env });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(ESC);
    const json = await runBin(['score', 'examples/agency.yaml', '--format', 'json'], { env });
    expect(json.stdout).not.toContain(ESC);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  });

  it('output stays plain when stdout is not a TTY and nothing forces colour', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml'], { env: { NO_COLOR: undefined } });
    expect(r.stdout).not.toContain(ESC);
  });

  it.skipIf(!requireTool('script (util-linux)', canRunInTerminal))('on a terminal the table is coloured, and NO_COLOR turns colour off', async () => {
    // CI=true turns colour off even on a terminal (supports-color's rule for CI logs), so it is unset here.
    const coloured = await runBinInTerminal(['score', 'examples/agency.yaml'], { env: { NO_COLOR: undefined, CI: undefined } });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(ESC);
    const plain = await runBinInTerminal(['score', 'examples/agency.yaml'], { env: { NO_COLOR: '1', CI: undefined } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Outsourcing shortlist');
    expect(plain.stdout).not.toContain(ESC);
  });
});

describe('score reads stdin with "-"', () => {
  it('YAML on stdin gives the same JSON as the file', async () => {
    const fromFile = await runInProcess(['score', 'examples/agency.yaml', '--format', 'json']);
    const fromStdin = await runInProcess(['score', '-', '--format', 'json'], { input: readFileSync(example('agency.yaml')) });
    expect([fromStdin.code, fromStdin.stderr]).toEqual([0, '']);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('CSV on stdin (with a BOM and CRLF) gives the same verdicts as the CSV file', async () => {
    const csv = `\ufeff${readFileSync(example('agency.csv'), 'utf8').replace(/\r?\n/g, '\r\n')}`;
    const fromStdin = await runInProcess(['score', '-', '--format', 'json'], { input: csv });
    const fromFile = await runInProcess(['score', 'examples/agency.csv', '--format', 'json']);
    expect([fromStdin.code, fromStdin.stderr]).toEqual([0, '']);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it('an error in stdin names <stdin> with line and column', async () => {
    const r = await runInProcess(['score', '-'], { input: 'processes:\n  - id: a\n    name: A\n    answers:\n      rsik: 2\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: <stdin>:5:7: processes[0].answers: unknown criterion "rsik" (did you mean "risk"?)\n');
    expect(r.stdout).toBe('');
  });
});

describe('score --explain', () => {
  it('shows every answer, every gate and each step-6 contribution of one process', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--explain', 'newsletter-production']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('newsletter-production');
    expect(r.stdout).toMatch(/Verdict: outsource, rank 3/);
    for (const word of ['Answers', 'Step 3', 'Step 4', 'Step 5', 'Step 6', 'competitive-advantage', 'contractual-duty', 'repetitiveness'])
      expect(r.stdout).toContain(word);
    expect(r.stdout).not.toContain(ESC);
  });

  it('explains a crossed-out process with the gate that fired', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--explain', 'client-service']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Verdict: retain');
    expect(r.stdout).toMatch(/FIRED\s+face-to-face/);
  });

  it('--explain --format json prints one JSON document', async () => {
    const r = await runInProcess(['score', 'examples/agency.csv', '--explain', 'seo', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const x = JSON.parse(r.stdout) as { evaluation: { id: string; verdict: string }; steps: unknown[] };
    expect(x.evaluation).toMatchObject({ id: 'seo', verdict: 'outsource' });
    expect(x.steps).toHaveLength(3);
  });

  it('a mistyped id exits 2 with a did-you-mean and prints nothing on stdout', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--explain', 'newsleter-production']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^outsource: no process "newsleter-production" in examples\/agency\.yaml \(did you mean "newsletter-production"\?\); its ids: ad-adaptations, [^\n]*\n$/,
    );
  });
});

describe('score with --rules', () => {
  it('an override that extends the default changes verdicts, scores and ranks', async () => {
    type Out = { processes: { id: string; verdict: string; score: number | null; rank: number | null; reasons: { gate: string }[] }[] };
    const r = await runInProcess(['score', 'examples/agency.yaml', '--format', 'json', '--rules', 'test/fixtures/core/rules/override.yaml']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const custom = (JSON.parse(r.stdout) as Out).processes;
    const byId = (id: string) => custom.find((p) => p.id === id)!;
    // internal-politics now fires at 3: social media upkeep (politically_sensitive 3) is retained.
    expect(byId('social-media-upkeep')).toMatchObject({ verdict: 'retain', score: null, rank: null, reasons: [{ gate: 'internal-politics' }] });
    // tech_complexity weighs 10 of 24 instead of 1 of 15: newsletters (tech 2) drops from 81.7 to 19 / 24 = 79.2.
    expect(byId('newsletter-production')).toMatchObject({ verdict: 'outsource', score: 79.2 });
    expect(
      custom
        .filter((p) => p.verdict === 'outsource')
        .map((p) => p.rank)
        .sort((a, b) => a! - b!),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a broken rules file exits 2 with one line naming file:line:column, and no stack trace', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--rules', 'test/fixtures/core/rules/unknown-criterion.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'outsource: test/fixtures/core/rules/unknown-criterion.yaml:5:16: gate "high-jeopardy" uses unknown criterion "rsik" (did you mean "risk"?)\n',
    );
  });

  it('--debug adds the stack trace to the same message', async () => {
    const r = await runInProcess(['--debug', 'score', 'examples/agency.yaml', '--rules', 'test/fixtures/core/rules/weight-zero.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'outsource: test/fixtures/core/rules/weight-zero.yaml:6:15: criteria.benefit.priority.weight: 0 is out of range: must be greater than 0',
    );
    expect(r.stderr).toMatch(STACK_LINE);
  });
});

describe.concurrent('score with bad input', () => {
  const bad: [file: string, message: string][] = [
    ['unknown-criterion.yaml', '6:7: processes[0].answers: unknown criterion "rsik" (did you mean "risk"?)'],
    ['outside-scale.json', '4:28: processes[0].answers.risk: 0 is out of range: must be at least 1'],
    ['unterminated-quote.csv', '3:6: unterminated quoted cell: a " opens it but none closes it'],
    ['wrong-cell-count.csv', '3:1: row has 3 cells but the header has 4 columns'],
    ['duplicate-id.yaml', '6:9: processes[2].id: duplicate id "newsletters" (first used by processes[0])'],
  ];
  for (const [file, message] of bad) {
    it(`${file}: exit 2, one line on stderr, nothing on stdout`, async () => {
      const path = `test/fixtures/core/inventory/${file}`;
      const r = await runInProcess(['score', path, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`outsource: ${path}:${message}\n`);
    });
  }

  it('a missing file exits 2 with a plain message', async () => {
    const r = await runInProcess(['score', 'no-such-inventory.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: no-such-inventory.yaml: no such file\n');
  });

  it('a directory exits 2', async () => {
    const r = await runInProcess(['score', 'examples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: examples: is a directory, not a file\n');
  });

  it('an unknown format exits 2 and names the choices', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("'xml' is invalid");
    expect(r.stderr).toContain('table, json, csv, markdown');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('a missing argument or an unknown option exits 2', async () => {
    for (const args of [['score'], ['score', 'examples/agency.yaml', '--frobnicate']]) {
      const r = await runInProcess(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^outsource: (missing required argument|unknown option)/);
    }
  });

  it('a hostile name is shown with its control characters made visible', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outsource-score-'));
    const file = join(dir, 'hostile.yaml');
    writeFileSync(file, 'processes:\n  - id: evil\n    name: "Evil \\e[31mred\\e[0m \\u202e name"\n');
    const r = await runInProcess(['score', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).toContain('evil');
  });
});
