/**
 * End to end: valid files whose text attacks every output
 * format (test/fixtures/hostile/{inventory,roadmap,vendors}). Every command
 * gives its normal result, and in every format the text stays inert:
 * terminal formats show control characters as visible escapes, CSV
 * neutralises formulas, Markdown and HTML escape markup, JSON keeps the data
 * exactly and parses, SARIF validates, JUnit is well-formed XML 1.0, GitHub
 * annotations cannot be forged by a line break.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/inventory/csv.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { sanitize } from '../../src/util/sanitize.js';
import { toCsv, toJson } from '../helpers/inventory.js';
import { defaultMethod } from '../helpers/method.js';
import { fixture, repoRoot } from '../helpers/paths.js';
import { schemaErrors, validateScoreOutput } from '../helpers/json-schema.js';
import { Batch } from './batch.js';
import { expectSafeStreams, printMeasurements, record, runMeasured, TERMINAL_UNSAFE, type Measured } from './harness.js';

const INVENTORY = fixture('hostile', 'inventory', 'hostile-names.yaml');
const ROADMAP = fixture('hostile', 'roadmap', 'hostile-text.yaml');
const VENDORS = fixture('hostile', 'vendors', 'hostile-names.yaml');

const method = defaultMethod();
/** A roadmap's inventory must sit inside the roadmap's own folder or repository: a copy goes beside it. */
const besideRoadmap = (folder: string): string => {
  copyFileSync(INVENTORY, join(folder, 'hostile-names.yaml'));
  return 'hostile-names.yaml';
};
function load(text: string, file: string): Inventory {
  const result = loadInventory(text, file, method);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const inventory = load(readFileSync(INVENTORY, 'utf8'), INVENTORY);
const names = inventory.processes.map((p) => p.name);

/** A GitHub workflow command: its properties may not hold a raw comma, colon or line break. */
const ANNOTATION = /^::(error|warning|notice) file=[^,:\n]+,line=\d+,col=\d+,title=[^,:\n]+::.+$/;

/** The payloads that must never appear as live markup. */
const MARKUP = ['<script>alert(1)', '<img src=x onerror', '"><svg onload', '<style>body', '</td></tr></table><h1>'];

let dir: string;
/** The runs share one process (batch.ts); the YAML table and the terminal run each get a process of their own. */
let batch: Batch;
beforeAll(() => {
  batch = new Batch();
  dir = mkdtempSync(join(tmpdir(), 'outsource-output-safety-'));
  writeFileSync(join(dir, 'hostile.json'), toJson(inventory));
  writeFileSync(join(dir, 'hostile.csv'), toCsv(inventory, method, '\r\n'));
  // A later assessment of the same processes, for diff: two answers changed.
  const later = structuredClone(inventory);
  later.processes[0]!.answers.risk = 4;
  later.processes[6]!.answers.core_competency = 2;
  writeFileSync(join(dir, 'later.json'), toJson(later));
});
afterAll(() => {
  batch?.end();
  rmSync(dir, { recursive: true, force: true });
  printMeasurements('Output safety runs');
});

async function run(label: string, args: string[], expectedCode = 0, options: { cwd?: string; ownProcess?: boolean } = {}): Promise<Measured> {
  const r = record(label, await (options.ownProcess ? runMeasured(args, { cwd: options.cwd }) : batch.run({ args, cwd: options.cwd })));
  expect(r.code, r.stderr.slice(0, 400)).toBe(expectedCode);
  return r;
}

/** Terminal output: the run is safe, and the data shows as visible escapes, not as effects. */
function expectTerminalSafe(r: Measured): void {
  expectSafeStreams(r);
  expect(r.stdout).not.toMatch(TERMINAL_UNSAFE);
}

/** Every Markdown table row has as many cell separators as its header: a name cannot add a column. */
function expectTablesIntact(markdown: string): void {
  let columns: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    const separators = line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    columns ??= separators;
    expect(separators, line).toBe(columns);
  }
}

function expectNoLiveMarkup(text: string): void {
  for (const payload of MARKUP) expect(text).not.toContain(payload);
}

describe('score on hostile names', () => {
  it.each([
    ['YAML', INVENTORY],
    ['JSON', 'hostile.json'],
    ['CSV (CRLF)', 'hostile.csv'],
  ])('table from %s: control characters visible, unicode intact', async (_kind, file) => {
    const r = await run(`score table ${file}`, ['score', file], 0, { cwd: file === INVENTORY ? repoRoot : dir, ownProcess: file === INVENTORY });
    expectTerminalSafe(r);
    expect(r.stdout).toContain('\\x1b[31mRed');
    expect(r.stdout).toContain('\\u202egpj');
    expect(r.stdout).toContain('日本語');
    expect(r.stdout).toContain('10 processes: 6 to outsource, 1 keep, 1 retain, 1 defer, 1 incomplete');
  });

  it('json: parses, validates, and keeps every name exactly as written', async () => {
    const r = await run('score json', ['score', INVENTORY, '--format', 'json']);
    expectSafeStreams(r, { stdoutIsText: false });
    const out = JSON.parse(r.stdout) as { processes: { name: string; function?: string }[] };
    const validate = validateScoreOutput();
    expect(validate(out), schemaErrors(validate)).toBe(true);
    expect(out.processes.map((p) => p.name)).toEqual(names);
    expect(out.processes.map((p) => p.function)).toEqual(inventory.processes.map((p) => p.function));
  });

  it('json on a terminal: C1 and bidi characters arrive as \\u escapes, and it is still the same JSON', async () => {
    const r = await runMeasured(['score', INVENTORY, '--format', 'json'], { tty: true });
    expectSafeStreams(r);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stderr) as { processes: { name: string }[] };
    expect(out.processes.map((p) => p.name)).toEqual(names);
    expect(r.stderr).toContain('invoice\\u202egpj.exe');
  });

  it('csv: formulas neutralised, control characters visible, one row per process', async () => {
    const r = await run('score csv', ['score', INVENTORY, '--format', 'csv']);
    expectTerminalSafe(r);
    const table = parseCsv(r.stdout, 'out.csv');
    if (!table.ok) throw new Error(JSON.stringify(table.errors));
    const [header, ...rows] = table.value.rows;
    expect(rows).toHaveLength(inventory.processes.length);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      // A spreadsheet runs a cell that starts with = + - @ tab or CR; numbers are the only exception.
      for (const cell of row) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const nameOf = (id: string) => rows.find((row) => row[0] === id)?.[1];
    expect(nameOf('formula-equals')).toBe(`'${names[1]}`);
    expect(nameOf('formula-others')).toBe(`'${names[2]}`);
    expect(nameOf('formula-tab')).toBe(sanitize(names[3]!));
    expect(rows.find((row) => row[0] === 'formula-others')?.[2]).toBe("'@SUM(A1:A9)");
    expect(nameOf('unicode-survives')).toBe(names[8]);
  });

  it('markdown: markup escaped, tables keep their columns, control characters visible', async () => {
    const r = await run('score markdown', ['score', INVENTORY, '--format', 'markdown']);
    expectTerminalSafe(r);
    expectNoLiveMarkup(r.stdout);
    expectTablesIntact(r.stdout);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).toContain('\\| forged \\| cell \\|');
  });

  it.each(['ansi-colour', 'html-injection', 'line-breaks', 'bidi-and-invisible'])('--explain %s in text, markdown and json', async (id) => {
    const text = await run(`score --explain ${id}`, ['score', INVENTORY, '--explain', id]);
    expectTerminalSafe(text);
    const markdown = await run(`score --explain ${id} markdown`, ['score', INVENTORY, '--explain', id, '--format', 'markdown']);
    expectTerminalSafe(markdown);
    expectNoLiveMarkup(markdown.stdout);
    const json = await run(`score --explain ${id} json`, ['score', INVENTORY, '--explain', id, '--format', 'json']);
    expectSafeStreams(json, { stdoutIsText: false });
    const explained = JSON.parse(json.stdout) as { evaluation: { name: string } };
    expect(explained.evaluation.name).toBe(inventory.processes.find((p) => p.id === id)?.name);
  });

  it('an unknown --explain id with escape sequences is named safely', async () => {
    const r = await run('score --explain hostile id', ['score', INVENTORY, '--explain', '\u001b]0;title\u0007ansi'], 2);
    expectSafeStreams(r);
    expect(r.stderr).toContain('\\x1b]0;title\\x07ansi');
  });
});

describe('report, plan and diff on hostile names', () => {
  it('report markdown and html escape every name; the HTML file holds no live markup', async () => {
    const markdown = await run('report markdown', ['report', INVENTORY, '--format', 'markdown']);
    expectTerminalSafe(markdown);
    expectNoLiveMarkup(markdown.stdout);
    expectTablesIntact(markdown.stdout);
    const html = await run('report html', ['report', INVENTORY, '--format', 'html']);
    expectTerminalSafe(html);
    expectNoLiveMarkup(html.stdout);
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.stdout).not.toMatch(/<script\b/i);
    const page = join(dir, 'report.html');
    const written = await run('report --html', ['report', INVENTORY, '--html', page, '--force']);
    expectTerminalSafe(written);
    const file = readFileSync(page, 'utf8');
    expectNoLiveMarkup(file);
    expect(file).not.toMatch(TERMINAL_UNSAFE);
  });

  it('plan writes a roadmap whose comments are inert and whose values round-trip exactly', async () => {
    const r = await run('plan', ['plan', INVENTORY]);
    expectTerminalSafe(r);
    const roadmap = parseYaml(r.stdout) as { name: string; items: { process: string; slas?: { metric: string; unit: string }[] }[] };
    expect(roadmap.name).toContain(inventory.organisation);
    const ansi = roadmap.items.find((i) => i.process === 'ansi-colour');
    expect(ansi?.slas?.[0]).toMatchObject({ metric: inventory.processes[0]!.metrics![0]!.name, unit: 'hours\u0007' });
    // Each comment stays on its line: a name with a line break cannot start a YAML key.
    for (const line of r.stdout.split('\n')) expect(line).not.toMatch(/^(::|##\[|Line two)/);
  });

  it.each(['table', 'markdown', 'json'])('diff %s', async (format) => {
    const r = await run(`diff ${format}`, ['diff', 'hostile.json', 'later.json', '--format', format], 0, { cwd: dir });
    if (format === 'json') {
      expectSafeStreams(r, { stdoutIsText: false });
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    } else expectTerminalSafe(r);
    if (format === 'markdown') {
      expectNoLiveMarkup(r.stdout);
      expectTablesIntact(r.stdout);
    }
  });
});

describe('check on a roadmap with hostile text', () => {
  const check = (format: string, file = ROADMAP, cwd = repoRoot) => run(`check ${format}`, ['check', file, '--format', format], 1, { cwd });

  it.each(['text', 'markdown'])('%s', async (format) => {
    const r = await check(format);
    expectTerminalSafe(r);
    if (format === 'markdown') {
      expectNoLiveMarkup(r.stdout);
      expectTablesIntact(r.stdout);
    }
  });

  it('json parses and counts what it lists', async () => {
    const r = await check('json');
    expectSafeStreams(r, { stdoutIsText: false });
    const out = JSON.parse(r.stdout) as { findings: { severity: string; suppressed?: unknown }[]; summary: Record<string, number> };
    expect(out.findings.length).toBeGreaterThan(5);
    expect(out.summary.error).toBe(out.findings.filter((f) => f.severity === 'error' && !f.suppressed).length);
  });

  it('sarif validates against SARIF 2.1.0', async () => {
    const r = await check('sarif');
    expectSafeStreams(r, { stdoutIsText: false });
    const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    const { $schema: _draft, id, ...rest } = schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ((ajvFormats as unknown as { default?: (a: Ajv) => void }).default ?? (ajvFormats as unknown as (a: Ajv) => void))(ajv);
    const validate = ajv.compile({ ...rest, $id: String(id) });
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('junit is well-formed XML 1.0, with no character XML forbids even as a reference', async () => {
    const r = await check('junit');
    expectTerminalSafe(r);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).not.toMatch(/&#x?0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[12][0-9]|3[01]);/);
    expect(r.stdout.match(/<testsuites?\b/g)?.length).toBeGreaterThan(0);
  });

  it('github annotations: one per line, none forged by the data', async () => {
    const r = await check('github');
    expectTerminalSafe(r);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual(['outsource check: 9 errors, 3 warnings, 1 info']);
    expect(lines).toHaveLength(14);
    for (const line of lines.filter((l) => l.startsWith('::'))) expect(line).toMatch(ANNOTATION);
    expect(r.stdout).not.toMatch(/^##\[/m);
  });

  it('a roadmap whose file name holds commas, colons, percent signs and escape sequences', async () => {
    const odd = 'road,map:100%\u001b[31m.yaml';
    writeFileSync(join(dir, odd), readFileSync(ROADMAP, 'utf8').replace('../inventory/hostile-names.yaml', besideRoadmap(dir)));
    const github = await check('github', odd, dir);
    expectTerminalSafe(github);
    for (const line of github.stdout.split('\n').filter((l) => l.startsWith('::'))) expect(line).toMatch(ANNOTATION);
    expect(github.stdout).toContain('file=road%2Cmap%3A100%25\\x1b[31m.yaml,');
    const sarif = await check('sarif', odd, dir);
    expectSafeStreams(sarif, { stdoutIsText: false });
    expect(() => JSON.parse(sarif.stdout) as unknown).not.toThrow();
    const text = await check('text', odd, dir);
    expectTerminalSafe(text);
    expect(text.stdout).toContain('road,map:100%\\x1b[31m.yaml');
  });

  it('raw control bytes in the roadmap source are shown as escapes in the quoted source line', async () => {
    const raw = join(dir, 'raw.yaml');
    const source = readFileSync(ROADMAP, 'utf8').replace('../inventory/hostile-names.yaml', besideRoadmap(dir));
    writeFileSync(raw, source.replace('    ip_owner: vendor\n', '    ip_owner: vendor  # \u001b]0;raw-title\u0007 \u001b[31mred \u202eevil \u009b2J\n'));
    const r = await check('text', raw, dir);
    expectTerminalSafe(r);
    expect(r.stdout).toContain('\\x1b]0;raw-title\\x07');
  });
});

describe('vendors and rule tests with hostile names', () => {
  it.each(['table', 'markdown', 'json'])('vendors %s', async (format) => {
    const r = await run(`vendors ${format}`, ['vendors', VENDORS, '--format', format]);
    if (format === 'json') {
      expectSafeStreams(r, { stdoutIsText: false });
      const out = JSON.parse(r.stdout) as { vendors: { name: string }[] };
      expect(out.vendors.map((v) => v.name)).toContain('=HYPERLINK("https://evil.example","x")');
    } else expectTerminalSafe(r);
    if (format === 'markdown') {
      expectNoLiveMarkup(r.stdout);
      expectTablesIntact(r.stdout);
    }
  });

  it.each(['table', 'json'])('rules test %s names a hostile test safely', async (format) => {
    const rules = join(dir, 'rules-with-tests.yaml');
    writeFileSync(
      rules,
      'extends: default\ntests:\n  - name: "\\e]0;pwned\\a evil \\e[31mtest\\u202e </testcase> | pipe"\n    answers: { core_competency: 5 }\n    verdict: outsource\n',
    );
    const r = await run(`rules test ${format}`, ['rules', 'test', '--rules', rules, '--format', format], 1);
    if (format === 'json') {
      expectSafeStreams(r, { stdoutIsText: false });
      expect((JSON.parse(r.stdout) as { tests: { name: string }[] }).tests[0]?.name).toBe('\u001b]0;pwned\u0007 evil \u001b[31mtest\u202e </testcase> | pipe');
    } else {
      expectTerminalSafe(r);
      expect(r.stdout).toContain('\\x1b]0;pwned\\x07 evil');
    }
  });
});

describe('rules text is held to the same standard', () => {
  it('a rules file whose messages and questions hold escape sequences is refused, line by line', async () => {
    const rules = join(dir, 'escaping-rules.yaml');
    copyFileSync(fixture('hostile', 'rules', 'escaping-texts.yaml'), rules);
    const r = await run('rules --rules escaping', ['rules', '--rules', rules], 2);
    expectSafeStreams(r);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/:\d+:\d+: .*must not contain control or invisible characters/);
  });
});
