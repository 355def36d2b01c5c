/**
 * Every command's text output goes through the sanitiser: names, ids and
 * free texts holding terminal escapes (CSI, an OSC 52 clipboard write, an
 * OSC 8 link, C1 controls, bidi overrides, NUL) reach no terminal raw, on
 * stdout or stderr, in any text format, nor in an error message. JSON keeps
 * the text exactly (escaped); SARIF and JUnit are structured and checked in
 * output-safety. In-process for every command and format; one spawned run
 * per output path (stdout, stderr) shows the real streams agree.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, runInProcess, type CliResult } from '../helpers/cli.js';
import { passingAnswers } from '../helpers/inventory.js';
import { repoRoot } from '../helpers/paths.js';
import { TERMINAL_UNSAFE } from './harness.js';

const ESC = '\u001b';
/** One string carrying every attack the sanitiser must defuse. */
const PAYLOAD = [
  `${ESC}[31mred${ESC}[0m`,
  `${ESC}[2J${ESC}[H`,
  `${ESC}]52;c;ZXZpbCBjbGlwYm9hcmQ=\u0007`,
  `${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`,
  '\u009b31m one-byte CSI \u0085 NEL \u009d OSC',
  'invoice\u202egpj.exe \u2066isolate\u2069 \u200fmark',
  'nul\u0000byte',
].join(' ');
/** The payload where a NUL byte would make the file "not a text file" (CSV cells) or would not match it (SLA names). */
const PAYLOAD_TEXT = PAYLOAD.replaceAll('\u0000', '');
/** A payload that fits where a key or id must be one word. */
const WORD = `x${ESC}]52;c;aGk=\u0007\u202e${ESC}[31m\u0000`;

/** A folder name may hold anything but NUL and slash. */
const FOLDER = `folder ${PAYLOAD.replaceAll('\u0000', '').replaceAll('/', '')}`;

/** A unit: short, and the same in the inventory, the roadmap and the actuals. */
const UNIT = `h ${WORD.replaceAll('\u0000', '')}`;

let dir: string;
const at = (name: string) => join(dir, name);
const write = (name: string, value: unknown) => writeFileSync(at(name), typeof value === 'string' ? value : `${JSON.stringify(value, null, 1)}\n`);

const ANSWERS = passingAnswers({
  core_competency: 1,
  vendor_parity: 5,
  benefit: 5,
  risk: 1,
  domain_expertise: 1,
  cost_of_inaction: 4,
  tech_complexity: 1,
  repetitiveness: 5,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-sanitiser-'));
  const inventory = {
    organisation: `Org ${PAYLOAD}`,
    processes: [
      {
        id: 'hostile-one',
        name: `One ${PAYLOAD}`,
        function: `Function ${PAYLOAD}`,
        answers: ANSWERS,
        volume: { hours_per_month: 100, pattern: 'steady' },
        metrics: [{ name: `turnaround ${PAYLOAD}`, unit: UNIT, baseline: 48, target: 24, better: 'lower' }],
      },
      { id: 'hostile-two', name: `Two ${PAYLOAD}`, function: `Function ${PAYLOAD}`, answers: { ...ANSWERS, core_competency: 5 } },
      { id: 'hostile-three', name: `Three ${PAYLOAD}`, answers: { core_competency: 2, vendor_parity: 4 } },
    ],
  };
  write('inventory.json', inventory);
  const later = structuredClone(inventory);
  later.processes[0]!.answers = { ...ANSWERS, risk: 4 };
  later.processes[1]!.name = `Renamed ${PAYLOAD}`;
  write('later.json', later);
  // YAML double quotes take JSON's escapes; C1 and bidi characters are escaped too, as YAML wants printable text.
  const q = (s: string) => JSON.stringify(s).replace(/[\u007f-\u009f\u200b-\u206f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // A CSV cell holds the characters raw; a NUL byte would make it "not a text file", which other tests cover.
  const cells = (s: string) => `"${s.replaceAll('\u0000', '').replaceAll('"', '""')}"`;
  write('inventory-text.json', {
    ...inventory,
    processes: inventory.processes.map((p) => ({ ...p, metrics: p.metrics?.map((m) => ({ ...m, name: `turnaround ${PAYLOAD_TEXT}` })) })),
  });
  write(
    'inventory.csv',
    `id,name,function,${Object.keys(ANSWERS).join(',')}\r\nhostile-csv,${cells(`Csv ${PAYLOAD}`)},${cells(`Function ${PAYLOAD}`)},${Object.values(ANSWERS).join(',')}\r\n`,
  );

  const vendors = parseYaml(readFileSync(join(repoRoot, 'examples', 'vendors.yaml'), 'utf8')) as {
    organisation: string;
    vendors: { name: string; scope: string[] }[];
  };
  vendors.organisation = `Org ${PAYLOAD}`;
  for (const v of vendors.vendors) v.name = `${v.name} ${PAYLOAD}`;
  vendors.vendors[0]!.scope.push(`scope ${PAYLOAD}`);
  write('vendors.json', vendors);

  write(
    'roadmap.yaml',
    [
      `name: ${q(`Roadmap ${PAYLOAD}`)}`,
      'inventory: inventory-text.json',
      `owner: ${q(`Owner ${PAYLOAD}`)}`,
      'vendors:',
      '  evil-vendor:',
      `    name: ${q(`Vendor ${PAYLOAD}`)}`,
      `    scope: [${q(`scope ${PAYLOAD}`)}, hostile-one]`,
      'items:',
      '  - process: hostile-one',
      '    vendor: evil-vendor',
      '    wave: 1',
      '    engagement: project-support',
      '    location: offshore',
      '    ip_owner: vendor',
      `    notes: ${q(`notes ${PAYLOAD}`)}`,
      '    slas:',
      `      - { metric: ${q(`turnaround ${PAYLOAD_TEXT}`)}, unit: ${q(UNIT)}, baseline: 48, target: 24 }`,
      '  - process: ghost-process',
      '    vendor: ghost-vendor',
      '    wave: 2',
      '    engagement: resource-support',
      '    location: nearshore',
      'waivers:',
      '  - rule: no-owner',
      `    reason: ${q(`waived ${PAYLOAD}`)}`,
      '',
    ].join('\n'),
  );
  write('actuals.csv', `process,metric,period,value,unit\r\nhostile-one,${cells(`turnaround ${PAYLOAD_TEXT}`)},2030-01,30,${cells(UNIT)}\r\n`);
  // An unknown column is refused, naming the column.
  write(
    'inventory-extra-column.csv',
    `id,name,${cells(`extra ${PAYLOAD}`)},${Object.keys(ANSWERS).join(',')}\r\nhostile-csv,Csv,x,${Object.values(ANSWERS).join(',')}\r\n`,
  );
  write('actuals-bad.csv', `process,metric,period,value,unit\r\n${cells(`ghost ${PAYLOAD}`)},${cells(`metric ${PAYLOAD}`)},2030-01,1,h\r\n`);
  write('rules-tests.yaml', `extends: default\ntests:\n  - name: ${q(`vector ${PAYLOAD}`)}\n    answers: { core_competency: 5 }\n    verdict: outsource\n`);
  write('rules-bad.yaml', `extends: default\ncriteria:\n  ${q(WORD)}: { step: 6, weight: 1 }\n`);
  write('matrix.yaml', `criteria: [benefit, risk, ${q(WORD)}]\ncomparisons:\n  - [benefit, risk, 3]\n  - [benefit, ${q(WORD)}, 5]\n`);
  write('roadmap-bad.json', { name: PAYLOAD, inventory: 'inventory.json', items: [{ process: WORD, vendor: WORD, wave: 1, [WORD]: PAYLOAD }], [WORD]: 1 });
  writeFileSync(at('roadmap-bad.yaml'), readFileSync(at('roadmap-bad.json')));
  write('inventory-bad.json', { processes: [{ id: WORD, name: `Bad ${PAYLOAD}`, answers: { [WORD]: 1, risk: PAYLOAD } }], [WORD]: PAYLOAD });
  mkdirSync(at(FOLDER));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], cwd = dir): Promise<CliResult> => runInProcess(args, { cwd });

/** Neither stream may carry a raw control, C1 or bidi character. */
function expectInert(r: CliResult, label: string): void {
  expect(firstUnsafeLine(r.stderr), `${label}: stderr`).toBeUndefined();
  expect(firstUnsafeLine(r.stdout), `${label}: stdout`).toBeUndefined();
}

/** The first line that carries a raw character, as JSON so the failure shows where. */
const firstUnsafeLine = (text: string): string | undefined => {
  const line = text.split('\n').find((l) => TERMINAL_UNSAFE.test(l));
  return line === undefined ? undefined : JSON.stringify(line);
};

/** Structured output: stderr inert, stdout the exact text in JSON's own escapes. */
function expectJson(r: CliResult, label: string, keepsPayload = true): void {
  expect(firstUnsafeLine(r.stderr), `${label}: stderr`).toBeUndefined();
  expect(r.stdout, `${label}: stdout`).not.toContain(ESC);
  expect(r.stdout, `${label}: stdout`).not.toContain('\u0000');
  if (keepsPayload) expect(r.stdout, `${label}: the payload kept exactly`).toContain(JSON.stringify(`${ESC}]52;c;ZXZpbCBjbGlwYm9hcmQ=\u0007`).slice(1, -1));
  expect(() => JSON.parse(r.stdout) as unknown, label).not.toThrow();
}

/** The visible form of the payload: what a reader sees instead of the effect. */
const VISIBLE = '\\x1b]52;c;ZXZpbCBjbGlwYm9hcmQ=\\x07';

/** label, arguments, exit code, and whether the output names a hostile text (check's github and markdown name only ids). */
const TEXT_CASES: [string, string[], number, boolean?][] = [
  ['score table', ['score', 'inventory.json'], 0],
  ['score table csv input', ['score', 'inventory.csv'], 0],
  ['score csv', ['score', 'inventory.json', '--format', 'csv'], 0],
  ['score markdown', ['score', 'inventory.json', '--format', 'markdown'], 0],
  ['score --explain', ['score', 'inventory.json', '--explain', 'hostile-one'], 0],
  ['score --explain markdown', ['score', 'inventory.json', '--explain', 'hostile-two', '--format', 'markdown'], 0],
  ['score --sensitivity', ['score', 'inventory.json', '--sensitivity'], 0],
  ['check text', ['check', 'roadmap.yaml'], 1],
  ['check github', ['check', 'roadmap.yaml', '--format', 'github'], 1, false],
  ['check markdown', ['check', 'roadmap.yaml', '--format', 'markdown'], 1, false],
  ['rules test table', ['rules', 'test', '--rules', 'rules-tests.yaml'], 1],
  ['plan', ['plan', 'inventory.json'], 0],
  ['plan --vendors', ['plan', 'inventory.json', '--vendors', 'vendors.json'], 0],
  ['diff table', ['diff', 'inventory.json', 'later.json'], 0],
  ['diff markdown', ['diff', 'inventory.json', 'later.json', '--format', 'markdown'], 0],
  ['vendors table', ['vendors', 'vendors.json'], 0],
  ['vendors markdown', ['vendors', 'vendors.json', '--format', 'markdown'], 0],
  ['track table', ['track', 'roadmap.yaml', 'actuals.csv'], 1],
  ['track markdown', ['track', 'roadmap.yaml', 'actuals.csv', '--format', 'markdown'], 1],
  ['track github', ['track', 'roadmap.yaml', 'actuals.csv', '--format', 'github'], 1],
  ['report markdown', ['report', 'inventory.json'], 0],
  ['report html', ['report', 'inventory.json', '--format', 'html'], 0],
  ['report markdown with roadmap', ['report', 'inventory.json', '--roadmap', 'roadmap.yaml', '--actuals', 'actuals.csv'], 0],
];

describe('every text output goes through the sanitiser', () => {
  it.each(TEXT_CASES)('%s', async (label, args, code, echoes = true) => {
    const r = await run(args);
    expect(r.code, `${label}: ${r.stderr.slice(0, 300)}`).toBe(code);
    expectInert(r, label);
    if (echoes) expect(r.stdout + r.stderr, `${label}: the text is still there, made visible`).toMatch(/\\x1b|\\u001b|\\u202e|\\x9b/);
  });

  it.each([
    ['score json', ['score', 'inventory.json', '--format', 'json'], 0],
    ['check json', ['check', 'roadmap.yaml', '--format', 'json'], 1, false],
    ['rules test json', ['rules', 'test', '--rules', 'rules-tests.yaml', '--format', 'json'], 1],
    ['diff json', ['diff', 'inventory.json', 'later.json', '--format', 'json'], 0],
    ['vendors json', ['vendors', 'vendors.json', '--format', 'json'], 0],
    ['track json', ['track', 'roadmap.yaml', 'actuals.csv', '--format', 'json'], 1],
  ] as [string, string[], number, boolean?][])('%s keeps the text exactly, escaped', async (label, args, code, keepsPayload) => {
    const r = await run(args);
    expect(r.code, `${label}: ${r.stderr.slice(0, 300)}`).toBe(code);
    expectJson(r, label, keepsPayload);
  });

  it('rules, weights, schema and completion: their normal output is inert', async () => {
    for (const args of [['rules'], ['rules', '--format', 'json'], ['rules', 'test'], ['schema', 'roadmap'], ['completion', 'bash']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expectInert(r, args.join(' '));
    }
  });

  it("init's messages, in a folder whose name holds escapes", async () => {
    const folder = at(FOLDER);
    const first = await run(['init'], folder);
    expect(first.code).toBe(0);
    expectInert(first, 'init');
    const again = await run(['init'], folder);
    expect(again.code).toBe(2);
    expectInert(again, 'init again');
  });
});

const ERROR_CASES: [string, string[]][] = [
  ['an unknown command', [`x${PAYLOAD}`]],
  ['an unknown option', ['score', 'inventory.json', `--x${PAYLOAD}`]],
  ['a bad format choice', ['score', 'inventory.json', '--format', PAYLOAD]],
  ['a bad schema kind', ['schema', PAYLOAD]],
  ['a bad completion shell', ['completion', PAYLOAD]],
  ['a missing file', ['score', `missing ${PAYLOAD}.yaml`]],
  ['a missing roadmap', ['check', `missing ${PAYLOAD}.yaml`]],
  ['a missing vendors file', ['vendors', `missing ${PAYLOAD}.yaml`]],
  ['a missing matrix', ['weights', '--matrix', `missing ${PAYLOAD}.yaml`]],
  ['a missing rules file', ['rules', '--rules', `missing ${PAYLOAD}.yaml`]],
  ['a missing actuals file', ['track', 'roadmap.yaml', `missing ${PAYLOAD}.csv`]],
  ['an invalid inventory', ['score', 'inventory-bad.json']],
  ['an unknown CSV column', ['score', 'inventory-extra-column.csv']],
  ['an invalid inventory in a report', ['report', 'inventory-bad.json']],
  ['an invalid inventory in plan', ['plan', 'inventory-bad.json']],
  ['an invalid inventory in diff', ['diff', 'inventory-bad.json', 'inventory.json']],
  ['an unknown --explain id', ['score', 'inventory.json', '--explain', WORD]],
  ['an invalid rules file', ['rules', '--rules', 'rules-bad.yaml']],
  ['an invalid rules file for score', ['score', 'inventory.json', '--rules', 'rules-bad.yaml']],
  ['an invalid rules file for rules test', ['rules', 'test', '--rules', 'rules-bad.yaml']],
  ['an invalid matrix', ['weights', '--matrix', 'matrix.yaml']],
  ['a bad --seed', ['score', 'inventory.json', '--sensitivity', '--seed', PAYLOAD]],
  ['a bad --fail-on', ['check', 'roadmap.yaml', '--fail-on', PAYLOAD]],
  ['an invalid roadmap', ['check', 'roadmap-bad.yaml']],
  ['actuals naming a process not on the roadmap', ['track', 'roadmap.yaml', 'actuals-bad.csv']],
  ['an invalid roadmap for track', ['track', 'roadmap-bad.yaml', 'actuals.csv']],
];

describe('every error message goes through the sanitiser', () => {
  it.each(ERROR_CASES)('%s', async (label, args) => {
    const r = await run(args);
    expect(r.code, `${label}: ${r.stdout.slice(0, 200)}${r.stderr.slice(0, 300)}`).toBe(2);
    expect(r.stderr, label).not.toBe('');
    expectInert(r, label);
  });
});

describe('the real streams agree (one spawn per output path)', () => {
  it('stdout: the score table', async () => {
    const r = await runBin(['score', 'inventory.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expectInert(r, 'score');
    expect(r.stdout).toContain(VISIBLE);
  });

  it('stderr: an error naming a hostile argument', async () => {
    const r = await runBin([`x${PAYLOAD_TEXT}`], { cwd: dir }); // an argument cannot hold NUL
    expect(r.code).toBe(2);
    expectInert(r, 'unknown command');
    expect(r.stderr).toContain(VISIBLE);
  });
});
