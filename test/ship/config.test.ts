/** .outsource.yaml (or "outsource" in package.json), found from the working folder up to the repository root; flags override it. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';
import { fixture } from '../helpers/paths.js';
import { tempRepo, type TempRepo } from './repo.js';

const findingFiles = (stdout: string) => (JSON.parse(stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);

describe('configuration discovery', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = tempRepo()));
  afterEach(() => repo.remove());

  it('found at the repository root from a subfolder: default formats, with files relative to the configuration', async () => {
    repo.write('.outsource.yaml', 'formats:\n  check:\n    - { format: sarif, output: reports/check.sarif }\n    - json\n');
    repo.write('reports/.keep', '');
    const r = await runInProcess(['check', 'roadmap.yaml'], { cwd: repo.path('plans') });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { version: number }).version).toBe(1);
    expect((JSON.parse(readFileSync(repo.path('reports', 'check.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  });

  it('fail-on from the configuration; --fail-on on the command line overrides it', async () => {
    // One info finding (unused-vendor) and nothing else.
    const infoOnly = fixture('check', 'rules', 'unused-vendor.fail.yaml');
    expect((await runInProcess(['check', infoOnly, '-f', 'json'], { cwd: repo.root })).code).toBe(0);
    repo.write('.outsource.yaml', 'fail-on: info\n');
    expect((await runInProcess(['check', infoOnly, '-f', 'json'], { cwd: repo.root })).code).toBe(1);
    expect((await runInProcess(['check', infoOnly, '-f', 'json', '--fail-on', 'error'], { cwd: repo.root })).code).toBe(0);
  });

  it('the rules file from the configuration, relative to it; --rules overrides it', async () => {
    repo.write('policy/rules.yaml', 'extends: default\nchecks:\n  no-owner:\n    enabled: false\n');
    repo.write('.outsource.yaml', 'rules: policy/rules.yaml\n');
    const configured = await runInProcess(['check', 'roadmap.yaml', '-f', 'json'], { cwd: repo.path('plans') });
    expect(findingFiles(configured.stdout)).not.toContain('no-owner');
    repo.write('policy/other.yaml', 'extends: default\n');
    const flag = await runInProcess(['check', 'roadmap.yaml', '-f', 'json', '--rules', '../policy/other.yaml'], { cwd: repo.path('plans') });
    expect(findingFiles(flag.stdout)).toContain('no-owner');
  });

  it('"outsource" in package.json works the same; the nearest configuration wins', async () => {
    repo.write('package.json', JSON.stringify({ name: 'x', outsource: { formats: { score: 'csv' } } }, null, 2));
    const r = await runInProcess(['score', 'agency.yaml'], { cwd: repo.path('plans') });
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^id,/)]);
    repo.write('plans/.outsource.yaml', 'formats:\n  score: markdown\n');
    const nearer = await runInProcess(['score', 'agency.yaml'], { cwd: repo.path('plans') });
    expect(nearer.stdout).not.toMatch(/^id,/);
    // A flag beats both.
    expect((await runInProcess(['score', 'agency.yaml', '-f', 'json'], { cwd: repo.path('plans') })).stdout).toMatch(/^\{ "version": 1/);
  });

  it('a package.json without an "outsource" key is left alone, even one that does not parse', async () => {
    repo.write('package.json', '{ "name": "x", broken');
    const r = await runInProcess(['score', 'agency.yaml', '-f', 'json'], { cwd: repo.path('plans') });
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('not above the repository root', async () => {
    repo.write('plans/sub/.git/HEAD', '');
    repo.write('plans/.outsource.yaml', 'fail-on: nonsense\n');
    const r = await runInProcess(['score', '../agency.yaml', '-f', 'json'], { cwd: repo.path('plans', 'sub') });
    expect(r.code).toBe(0);
  });

  it('a mistake in the configuration is exit 2 at its file, line and column, with did-you-mean', async () => {
    repo.write('.outsource.yaml', '# team defaults\nfail-on: warnings\nformat:\n  check: json\n');
    const r = await runInProcess(['check', 'plans/roadmap.yaml'], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outsource: .outsource.yaml:2:10: fail-on: "warnings" is not one of "error", "warning", "info"');
    expect(r.stderr).toContain('outsource: .outsource.yaml:3:1: top level: unknown key "format" (did you mean "formats"?)');
    repo.write('.outsource.yaml', 'formats:\n  check: [text, xml]\n');
    const format = await runInProcess(['check', 'plans/roadmap.yaml'], { cwd: repo.root });
    expect(format.stderr).toBe(
      'outsource: .outsource.yaml:2:17: formats.check: "xml" is not a format of check; use one of text, json, sarif, junit, github, markdown\n',
    );
  });

  it('the waivers policy: require an expiry date, or turn inline waivers off', async () => {
    // examples/roadmap.yaml waives one finding inline, without an expiry date.
    repo.write('plans/clean.yaml', readFileSync(new URL('../../examples/roadmap.yaml', import.meta.url), 'utf8'));
    repo.write('.outsource.yaml', 'waivers:\n  require-expiry: true\n');
    const expiry = await runInProcess(['check', 'plans/clean.yaml', '-f', 'json'], { cwd: repo.root });
    const out = JSON.parse(expiry.stdout) as { findings: { rule: string; message: string; suppressed?: unknown }[] };
    expect(out.findings.filter((f) => f.suppressed)).toEqual([]);
    expect(out.findings.find((f) => f.rule === 'waiver-invalid')?.message).toMatch(/has no expiry date, which the team's configuration requires/);
    repo.write('.outsource.yaml', 'waivers:\n  inline: false\n');
    const inline = await runInProcess(['check', 'plans/clean.yaml', '-f', 'json'], { cwd: repo.root });
    expect((JSON.parse(inline.stdout) as typeof out).findings.find((f) => f.rule === 'waiver-invalid')?.message).toMatch(/turns inline waivers off/);
  });

  it('end to end: the spawned binary reads the configuration of the repository it runs in', async () => {
    repo.write('.outsource.yaml', 'formats:\n  check: github\n');
    const r = await runBin(['check', 'roadmap.yaml'], { cwd: repo.path('plans') });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=plans\/roadmap\.yaml/m);
  });
});

describe('--quiet and --no-color', () => {
  it('--quiet keeps errors and drops notes', async () => {
    const repo = tempRepo();
    try {
      const noisy = await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'b.json'], { cwd: repo.root });
      expect(noisy.stderr).toMatch(/^outsource: wrote b\.json with \d+ findings/);
      const quiet = await runInProcess(['--quiet', 'check', 'plans/roadmap.yaml', '--write-baseline', 'b.json'], { cwd: repo.root });
      expect(quiet.stderr).toBe('');
      const error = await runInProcess(['check', 'nothing.yaml', '--quiet'], { cwd: repo.root });
      expect([error.code, error.stderr]).toEqual([2, 'outsource: nothing.yaml: no such file\n']);
    } finally {
      repo.remove();
    }
  });

  it('--no-color turns colour off where the terminal would have it, before or after the command', async () => {
    const colour = await runInProcess(['check', 'examples/roadmap-broken.yaml'], { color: true });
    expect(colour.stdout).toContain('\u001b[');
    for (const args of [
      ['--no-color', 'check', 'examples/roadmap-broken.yaml'],
      ['check', 'examples/roadmap-broken.yaml', '--no-color'],
    ]) {
      const plain = await runInProcess(args, { color: true });
      expect(plain.stdout).not.toContain('\u001b[');
      // eslint-disable-next-line no-control-regex
      expect(plain.stdout).toBe(colour.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
    }
  });
});
