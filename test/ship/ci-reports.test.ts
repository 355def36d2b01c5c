/** CI that reports everything: repo-root paths, folders and globs, unreadable roadmaps in every machine format, SARIF extras. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenEndColumn } from '../../src/reporters/check/sarif-region.js';
import { ruleTitle } from '../../src/reporters/check/sarif.js';
import { runBin, runInProcess } from '../helpers/cli.js';
import { validatorFor } from '../helpers/json-schema.js';
import { repoRoot } from '../helpers/paths.js';
import { tempRepo, type TempRepo } from './repo.js';

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri?: string }[] } };
    automationDetails: { id: string };
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: {
        level: string;
        message: { text: string };
        locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
      }[];
    }[];
    results: {
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startColumn: number; endColumn: number } } }[];
    }[];
  }[];
}

const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: Ajv) => void;

function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: String(id) });
}

const MISSING = 'plans/gone.yaml';

describe('a roadmap that cannot be read is reported in every machine format, and the others are still checked', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = tempRepo()));
  afterEach(() => repo.remove());

  const run = (format: string) => runInProcess(['check', 'plans/roadmap.yaml', MISSING, '-f', format], { cwd: repo.root });

  it("SARIF: a tool execution notification, an unsuccessful invocation, still valid SARIF 2.1.0, and the other roadmap's results", async () => {
    const r = await run('sarif');
    expect([r.code, r.stderr]).toEqual([2, `outsource: ${MISSING}: no such file\n`]);
    const log = JSON.parse(r.stdout) as Sarif;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run0 = log.runs[0]!;
    expect(run0.invocations[0]?.executionSuccessful).toBe(false);
    expect(run0.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'no such file' },
        descriptor: { id: 'could-not-check' },
        locations: [{ physicalLocation: { artifactLocation: { uri: MISSING, uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
    expect(run0.results.length).toBeGreaterThan(0);
  });

  it('JUnit: a suite with an <error> for the unreadable file beside the suite of the checked one', async () => {
    const r = await run('junit');
    expect(r.code).toBe(2);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout) as {
      testsuites: { '@_errors': string; testsuite: { '@_name': string; '@_errors': string; testcase: { error?: { '@_message': string } }[] }[] };
    };
    expect(doc.testsuites['@_errors']).toBe('1');
    const broken = doc.testsuites.testsuite.find((s) => s['@_name'] === `outsource check ${MISSING}`);
    expect(broken?.testcase[0]?.error?.['@_message']).toBe(`${MISSING}: no such file`);
    expect(doc.testsuites.testsuite.map((s) => s['@_name'])).toContain('outsource check plans/roadmap.yaml');
  });

  it('JSON: an errors entry, and the output still validates against the contract and the shipped schema', async () => {
    const r = await run('json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { version: number; errors: unknown[]; findings: unknown[] };
    expect(out.errors).toEqual([{ file: MISSING, line: null, column: null, message: 'no such file' }]);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const schema of ['test/schemas/check-output.schema.json', 'schemas/check-output.schema.json']) {
      const validate = validatorFor(schema);
      expect(validate(out), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('an invalid roadmap is an error at its line and column; github and markdown say so too', async () => {
    repo.write('plans/bad.yaml', 'inventory: agency.yaml\nitems:\n  - process: seo\n    wave: two\n');
    const json = await runInProcess(['check', 'plans/roadmap.yaml', 'plans/bad.yaml', '-f', 'json'], { cwd: repo.root });
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { errors: { file: string; line: number }[] }).errors).toContainEqual(
      expect.objectContaining({ file: 'plans/bad.yaml', line: 4, column: 11 }),
    );
    const github = await runInProcess(['check', 'plans/bad.yaml', '-f', 'github'], { cwd: repo.root });
    expect(github.stdout).toMatch(/^::error file=plans\/bad\.yaml,line=4,col=11,title=outsource could not check this file::/m);
    const markdown = await runInProcess(['check', 'plans/bad.yaml', '-f', 'markdown'], { cwd: repo.root });
    expect(markdown.stdout).toContain('**Could not check:**');
  });

  it('end to end: the spawned binary exits 2 and its SARIF names the unreadable file', async () => {
    const r = await runBin(['check', 'plans/roadmap.yaml', MISSING, '-f', 'sarif'], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Sarif).runs[0]?.invocations[0]?.toolExecutionNotifications[0]?.message.text).toBe('no such file');
  });
});

describe('paths relative to the repository root', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = tempRepo()));
  afterEach(() => repo.remove());

  it('from a subfolder, findings name plans/roadmap.yaml (the git root), in SARIF with %SRCROOT%', async () => {
    const r = await runInProcess(['check', 'roadmap.yaml', '-f', 'sarif'], { cwd: repo.path('plans') });
    expect(r.code).toBe(1);
    const location = (JSON.parse(r.stdout) as Sarif).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'plans/roadmap.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('GITHUB_WORKSPACE wins over the git root', async () => {
    const r = await runInProcess(['check', 'roadmap.yaml', '-f', 'json'], { cwd: repo.path('plans'), env: { GITHUB_WORKSPACE: repo.path('plans') } });
    expect((JSON.parse(r.stdout) as { findings: { file: string }[] }).findings[0]?.file).toBe('roadmap.yaml');
  });

  it('end to end from a subfolder (a working-directory in a workflow)', async () => {
    const r = await runBin(['check', 'roadmap.yaml', '-f', 'github'], { cwd: repo.path('plans'), env: { GITHUB_WORKSPACE: repo.root } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=plans\/roadmap\.yaml,line=\d+/m);
  });
});

describe('folders and globs as arguments', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = tempRepo();
    repo.write(
      'plans/2027/roadmap.yaml',
      readFileSync(join(repoRoot, 'examples', 'roadmap.yaml'), 'utf8').replace('inventory: agency.yaml', 'inventory: ../agency.yaml'),
    );
  });
  afterEach(() => repo.remove());

  const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((f) => f.file))];

  it('a quoted glob finds the roadmaps under it and leaves the inventory beside them alone', async () => {
    const r = await runInProcess(['check', 'plans/**/*.yaml', '-f', 'json'], { cwd: repo.root });
    expect(r.stderr).toBe('');
    expect(files(r.stdout)).toEqual(['plans/2027/roadmap.yaml', 'plans/roadmap.yaml']);
  });

  it('a folder is every roadmap in it', async () => {
    const r = await runInProcess(['check', 'plans', '-f', 'json'], { cwd: repo.root });
    expect(files(r.stdout)).toEqual(['plans/2027/roadmap.yaml', 'plans/roadmap.yaml']);
  });

  it('a glob that finds no roadmap is an error (exit 2), not a silent pass', async () => {
    const r = await runInProcess(['check', 'nowhere/**/*.yaml', '-f', 'json'], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: nowhere/**/*.yaml: this pattern holds no roadmap (a YAML file naming its inventory:)\n');
  });
});

describe('SARIF extras', () => {
  it('short titles, help links, fingerprints, automation details and end columns', async () => {
    const r = await runInProcess(['check', 'examples/roadmap-broken.yaml', '-f', 'sarif']);
    const run = (JSON.parse(r.stdout) as Sarif).runs[0]!;
    expect(run.automationDetails).toEqual({ id: 'outsource-check/' });
    const rule = run.tool.driver.rules.find((x) => x.id === 'sla-cost-only');
    expect(rule?.shortDescription.text).toBe('SLA cost only');
    for (const x of run.tool.driver.rules) expect(x.shortDescription.text.length).toBeLessThanOrEqual(40);
    for (const result of run.results) {
      expect(result.partialFingerprints['outsourceFinding/v1']).toMatch(/^[0-9a-f]{16}$/);
      const region = result.locations[0]!.physicalLocation.region;
      expect(region.endColumn).toBeGreaterThan(region.startColumn);
    }
  });

  it("helpUri points at the rule's section of docs/rules.md when package.json names the repository", async () => {
    const { renderSarif } = await import('../../src/reporters/check/sarif.js');
    const report = {
      findings: [],
      files: [],
      rules: [{ id: 'no-owner', severity: 'error' as const, summary: 's', fix: 'f', kind: 'built-in' as const, enabled: true }],
      summary: { error: 0, warning: 0, info: 0, suppressed: 0 },
      failOn: 'error' as const,
      tool: { name: 'outsource', version: '1.0.0', docs: 'https://example.org/o/blob/HEAD/docs/rules.md' },
    };
    const log = JSON.parse(renderSarif(report, { color: false })) as Sarif;
    expect(log.runs[0]?.tool.driver.rules[0]?.helpUri).toBe('https://example.org/o/blob/HEAD/docs/rules.md#no-owner');
  });

  it('titles and token ends', () => {
    expect(ruleTitle('ip-not-owned')).toBe('IP not owned');
    expect(tokenEndColumn('  - process: brand-strategy  # why', 14)).toBe(28);
    expect(tokenEndColumn('owner: Head of Ops', 1)).toBe(6);
    expect(tokenEndColumn(`    name: "a \\" b"`, 11)).toBe(19);
    expect(tokenEndColumn('  - { metric: cost, unit: EUR }', 15)).toBe(19);
    expect(tokenEndColumn(undefined, 3)).toBe(4);
  });
});
