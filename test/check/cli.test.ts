import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKS } from '../../src/core/roadmap/checks/index.js';
import { WAIVER_RULES } from '../../src/core/roadmap/rules.js';
import { runBin, runInProcess, type CliResult } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { junitCases, type JunitDoc, type SarifLog } from './harness.js';

/** End to end: the built binary, NO_COLOR=1, exit codes, stdout and stderr. Needs `npm run build`. */
const BROKEN = 'examples/roadmap-broken.yaml';
const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
const rule = (name: string) => `test/fixtures/check/rules/${name}.yaml`;
const broken = (name: string) => `test/fixtures/check/broken/${name}.yaml`;

/** Where each default check fires in examples/roadmap-broken.yaml: [rule, line, column]. */
const EXPECTED_BROKEN: [string, number, number][] = [
  ['no-owner', 13, 1],
  ['no-review-cadence', 14, 1],
  ['vendor-without-scope', 21, 3],
  ['unused-vendor', 23, 3],
  ['core-work-handed-out', 38, 14],
  ['process-not-outsource', 38, 14],
  ['process-not-outsource', 48, 14],
  ['sla-breached', 44, 9],
  ['high-risk-first-wave', 50, 11],
  ['unknown-process', 58, 14],
  ['missing-metrics', 68, 5],
  ['sla-cost-only', 81, 5],
  ['ip-not-owned', 93, 15],
  ['no-business-case', 96, 14],
  ['location-mismatch', 100, 15],
  ['engagement-mismatch', 109, 17],
  ['process-two-vendors', 117, 13],
  ['target-not-better', 122, 66],
  ['unknown-vendor', 127, 13],
  ['duplicate-item', 136, 14],
  ['split-without-owner', 146, 14],
  ['missing-cost', 167, 14],
  ['waiver-missing-reason', 177, 5],
  ['waiver-expired', 182, 14],
  ['waiver-invalid', 183, 11],
  ['waiver-unused', 186, 5],
];

const key = (r: string, line: number, column: number) => `${r}@${line}:${column}`;
const expectedKeys = EXPECTED_BROKEN.map(([r, l, c]) => key(r, l, c)).sort();

/** The (rule, line, column) of every finding that counts, read back from each format. */
function findingsIn(format: (typeof FORMATS)[number], out: string): string[] {
  switch (format) {
    case 'json':
      return (JSON.parse(out) as { findings: { rule: string; line: number; column: number; suppressed?: unknown }[] }).findings
        .filter((f) => !f.suppressed)
        .map((f) => key(f.rule, f.line, f.column));
    case 'sarif':
      return (JSON.parse(out) as SarifLog).runs[0]!.results.filter((r) => !r.suppressions).map((r) =>
        key(r.ruleId, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn),
      );
    case 'junit': {
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out) as JunitDoc;
      return junitCases(doc)
        .filter((c) => c.failure || c['system-out'])
        .map((c) => {
          const [, r, l, col] = /^(\S+) at (\d+):(\d+)$/.exec(c.name) ?? [];
          return key(r ?? '', Number(l), Number(col));
        });
    }
    case 'github':
      return out
        .split('\n')
        .filter((l) => l.startsWith('::'))
        .map((l) => {
          const [, line, col, r] = /line=(\d+),col=(\d+),title=outsource ([a-z-]+)::/.exec(l) ?? [];
          return key(r ?? '', Number(line), Number(col));
        });
    case 'markdown':
      return out
        .split('</details>')[0]!
        .split('<details>')[0]!
        .split('\n')
        .filter((l) => /^\| (\*\*error\*\*|warning|info) \|/.test(l))
        .map((l) => {
          const [, r, line, col] = /`([a-z-]+)` \| [^|]*:(\d+):(\d+) \|/.exec(l) ?? [];
          return key(r ?? '', Number(line), Number(col));
        });
    case 'text':
      return out
        .split('\n')
        .map((l) => /^ {2}(\d+):(\d+) +(error|warning|info) +.* {2}([a-z-]+)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => key(m[4] ?? '', Number(m[1]), Number(m[2])));
  }
}

describe('outsource check (end to end)', () => {
  it('the passing example exits 0 and says so', async () => {
    const r = await runBin(['check', 'examples/roadmap.yaml']);
    expect(r).toEqual({ code: 0, stdout: '✔ examples/roadmap.yaml: no findings (1 waived)\n✔ 0 errors, 0 warnings, 0 info, 1 waived\n', stderr: '' });
  });

  const results = new Map<string, CliResult>();
  beforeAll(async () => {
    for (const format of FORMATS) results.set(format, await runInProcess(['check', BROKEN, '--format', format]));
  });

  it('the broken example fires every default check at the expected line and column', () => {
    const fired = new Set(EXPECTED_BROKEN.map(([r]) => r));
    expect([...fired].sort()).toEqual([...BUILT_IN_CHECKS, ...WAIVER_RULES].map((c) => c.id).sort());
    expect(findingsIn('json', results.get('json')!.stdout).sort()).toEqual(expectedKeys);
  });

  for (const format of FORMATS) {
    it(`--format ${format}: exit 1, the same findings at the same places, nothing on stderr`, () => {
      const r = results.get(format)!;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(findingsIn(format, r.stdout).sort()).toEqual(expectedKeys);
    });
  }

  it('--fail-on decides the exit code: warnings and info pass by default', async () => {
    expect((await runInProcess(['check', rule('sla-cost-only.fail')])).code).toBe(0);
    expect((await runInProcess(['check', rule('sla-cost-only.fail'), '--fail-on', 'warning'])).code).toBe(1);
    expect((await runInProcess(['check', rule('unused-vendor.fail'), '--fail-on', 'warning'])).code).toBe(0);
    expect((await runInProcess(['check', rule('unused-vendor.fail'), '--fail-on', 'info'])).code).toBe(1);
    const bad = await runInProcess(['check', rule('unused-vendor.fail'), '--fail-on', 'fatal']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'fatal' is invalid");
  });

  it('checks several roadmaps in one call, each against its own inventory', async () => {
    const r = await runInProcess(['check', 'examples/roadmap.yaml', rule('sla-cost-only.fail'), rule('unused-vendor.fail'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { file: string; rule: string }[]; summary: Record<string, number> };
    expect(out.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'examples/roadmap.yaml sla-cost-only',
      `${rule('sla-cost-only.fail')} sla-cost-only`,
      `${rule('unused-vendor.fail')} unused-vendor`,
    ]);
    expect(out.summary).toEqual({ error: 0, warning: 1, info: 1, suppressed: 1 });
    expect((await runInProcess(['check', 'examples/roadmap.yaml', BROKEN])).code).toBe(1);
  });

  const exit2: [string, string][] = [
    [
      broken('bad-yaml'),
      `outsource: ${broken('bad-yaml')}:6:1: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]\n`,
    ],
    [broken('wrong-type'), `outsource: ${broken('wrong-type')}:6:11: items[0].wave: expected number, got "two" [schema]\n`],
    [broken('duplicate-key'), `outsource: ${broken('duplicate-key')}:7:5: duplicate key: each key may appear only once in a mapping [duplicate-key]\n`],
    [
      broken('missing-inventory'),
      `outsource: ${broken('missing-inventory')}:2:12: inventory test/fixtures/check/no-such-inventory.yaml cannot be read: no such file [inventory-unreadable]\n`,
    ],
    ['no-such-roadmap.yaml', 'outsource: no-such-roadmap.yaml: no such file\n'],
  ];
  for (const [file, stderr] of exit2) {
    it(`cannot check ${file}: exit 2, one line naming the place on stderr, and the reports say so`, async () => {
      // For people, stderr says it all when nothing could be checked.
      const text = await runInProcess(['check', file, '--format', 'text']);
      expect(text).toEqual({ code: 2, stdout: '', stderr });
      const withGood = await runInProcess(['check', 'examples/roadmap.yaml', file, '--format', 'text']);
      expect([withGood.code, withGood.stderr]).toEqual([2, stderr]);
      expect(withGood.stdout).toMatch(/; 1 file could not be checked\n$/);
      const sarif = await runInProcess(['check', file, '--format', 'sarif']);
      expect([sarif.code, sarif.stderr]).toEqual([2, stderr]);
      const invocation = (
        JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] }
      ).runs[0]?.invocations[0];
      expect(invocation?.executionSuccessful).toBe(false);
      expect(stderr).toContain(invocation?.toolExecutionNotifications[0]?.message.text);
    });
  }

  it('an invalid inventory: exit 2, the roadmap line that names it, then where the inventory is wrong', async () => {
    const r = await runInProcess(['check', broken('invalid-inventory')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `outsource: ${broken('invalid-inventory')}:1:12: inventory test/fixtures/check/inventory-invalid.yaml is not a valid inventory [inventory-invalid]`,
      'outsource: test/fixtures/check/inventory-invalid.yaml:5:13: processes[0].answers.risk: 9 is out of range: must be at most 5 [inventory-invalid]',
    ]);
  });

  it('--rules: checks of your own fire; a typo in a condition is exit 2 at its line and column', async () => {
    const custom = await runInProcess([
      'check',
      'test/fixtures/check/custom-roadmap.yaml',
      '--rules',
      'test/fixtures/check/rules-files/custom.yaml',
      '--format',
      'github',
    ]);
    expect(custom.code).toBe(1);
    expect(custom.stdout).toContain(
      '::error file=test/fixtures/check/custom-roadmap.yaml,line=11,col=5,title=outsource offshore-regulated::pharma-artwork needs an authorisation',
    );
    const typo = await runInProcess(['check', 'examples/roadmap.yaml', '--rules', 'test/fixtures/check/rules-files/typo.yaml']);
    expect(typo).toEqual({
      code: 2,
      stdout: '',
      stderr: 'outsource: test/fixtures/check/rules-files/typo.yaml:5:58: checks.offshore-regulated.when: No such key: regulted (did you mean "regulated"?)\n',
    });
  });

  it('reads a roadmap from stdin; its inventory path is then relative to the working directory', async () => {
    const text = readFileSync(join(repoRoot, rule('sla-cost-only.fail')), 'utf8').replace('../inventory.yaml', 'test/fixtures/check/inventory.yaml');
    const r = await runInProcess(['check', '-', '--format', 'json', '--fail-on', 'warning'], { input: text });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { file: string; rule: string; line: number }[] }).findings).toEqual([
      expect.objectContaining({ file: '<stdin>', rule: 'sla-cost-only', line: 17 }),
    ]);
  });

  it('--help shows the formats, --fail-on and examples', async () => {
    const r = await runInProcess(['check', '--help']);
    expect(r.code).toBe(0);
    for (const text of ['--format', 'sarif', '--fail-on', '--rules', 'Examples:', 'outsource check roadmap.yaml --format sarif', 'outsource-ignore'])
      expect(r.stdout).toContain(text);
  });
});

describe('outsource schema roadmap, rules and init (end to end)', () => {
  it('prints a JSON Schema that accepts the examples and the template and rejects a bad wave', async () => {
    const r = await runInProcess(['schema', 'roadmap']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema.$id).toBe('https://outsource.dev/schemas/roadmap.schema.json');
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    for (const file of ['examples/roadmap.yaml', 'examples/roadmap-broken.yaml', 'templates/roadmap.yaml']) {
      expect(validate(parse(readFileSync(join(repoRoot, file), 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ inventory: 'i.yaml', items: [{ process: 'p', vendor: 'v', wave: 0, engagement: 'project-support', location: 'onshore' }] })).toBe(false);
    expect(validate({ inventory: 'i.yaml', items: [], waivers: [{ rule: 'x', expires: '31/12/2025' }] })).toBe(false);
  });

  it('outsource rules lists the checks, with the changes a rules file makes', async () => {
    const r = await runInProcess(['rules', '--rules', 'test/fixtures/check/rules-files/custom.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const checks = (JSON.parse(r.stdout) as { checks: { id: string; severity: string; enabled: boolean; kind: string }[] }).checks;
    expect(checks.find((c) => c.id === 'sla-cost-only')).toMatchObject({ severity: 'error', enabled: true, kind: 'built-in' });
    expect(checks.find((c) => c.id === 'unused-vendor')).toMatchObject({ enabled: false });
    expect(checks.find((c) => c.id === 'offshore-regulated')).toMatchObject({ kind: 'custom', severity: 'error' });
    expect(checks.find((c) => c.id === 'schema')).toMatchObject({ kind: 'structural' });
    const table = await runInProcess(['rules']);
    expect(table.stdout).toContain('Roadmap checks');
    expect(table.stdout).toContain('process-not-outsource');
  });

  describe('outsource init', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'outsource-init-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes a starter roadmap that passes the check against the starter inventory', async () => {
      const init = await runInProcess(['init'], { cwd: dir });
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('wrote roadmap.yaml');
      expect(await runInProcess(['check', 'roadmap.yaml'], { cwd: dir })).toEqual({
        code: 0,
        stdout: '✔ roadmap.yaml: no findings\n✔ 0 errors, 0 warnings, 0 info\n',
        stderr: '',
      });
    });
  });
});
