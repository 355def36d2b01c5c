/** Several formats in one run: -f paired in order with -o, at most one to stdout, files whole or not at all. */
import { chmodSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { planOutputs } from '../../src/io/outputs.js';
import { UserError } from '../../src/io/errors.js';
import { runBin, runInProcess } from '../helpers/cli.js';
import { example } from '../helpers/paths.js';
import { tempRepo, type TempRepo } from './repo.js';

describe('planOutputs', () => {
  const defaults = [{ format: 'text' as const }];
  it('pairs the i-th format with the i-th file; the one left over goes to stdout', () => {
    expect(planOutputs({ format: ['sarif', 'json', 'text'], output: ['a.sarif', 'b.json'] }, defaults)).toEqual([
      { format: 'sarif', file: 'a.sarif' },
      { format: 'json', file: 'b.json' },
      { format: 'text' },
    ]);
  });
  it('no flags: the defaults (the configuration, or the command); -o alone takes the default format', () => {
    expect(planOutputs({}, defaults)).toEqual(defaults);
    expect(planOutputs({ output: ['out.txt'] }, defaults)).toEqual([{ format: 'text', file: 'out.txt' }]);
  });
  it('refuses two formats for stdout, more files than formats, and one file twice', () => {
    expect(() => planOutputs({ format: ['json', 'sarif'] }, defaults)).toThrow(/only one format can go to stdout, but json, sarif have no --output file/);
    expect(() => planOutputs({ format: ['json'], output: ['a', 'b'] }, defaults)).toThrow(UserError);
    expect(() => planOutputs({ format: ['json', 'sarif'], output: ['a', 'a'] }, defaults)).toThrow(/given as --output twice/);
  });
});

describe('check, score and vendors write several formats in one run', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = tempRepo()));
  afterEach(() => repo.remove());

  it('check: sarif and junit to files, text to stdout, exit code of the findings', async () => {
    const r = await runInProcess(['check', 'plans/roadmap.yaml', '-f', 'sarif', '-o', 'check.sarif', '-f', 'junit', '-o', 'junit.xml', '-f', 'text'], {
      cwd: repo.root,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^plans\/roadmap\.yaml/);
    const sarif = JSON.parse(readFileSync(repo.path('check.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(repo.path('junit.xml'), 'utf8')) as { testsuites: { '@_failures': string } };
    expect(Number(junit.testsuites['@_failures'])).toBeGreaterThan(0);
    // Files carry no colour and no half-written temporaries are left behind.
    expect(readdirSync(repo.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite any output without --force, and then writes none of them', async () => {
    repo.write('junit.xml', 'keep me');
    const r = await runInProcess(['check', 'plans/roadmap.yaml', '-f', 'sarif', '-o', 'new.sarif', '-f', 'junit', '-o', 'junit.xml'], { cwd: repo.root });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'outsource: junit.xml: already exists; nothing was written (use --force to overwrite)\n']);
    expect(existsSync(repo.path('new.sarif'))).toBe(false);
    expect(readFileSync(repo.path('junit.xml'), 'utf8')).toBe('keep me');
    const forced = await runInProcess(['check', 'plans/roadmap.yaml', '-f', 'junit', '-o', 'junit.xml', '--force'], { cwd: repo.root });
    expect(forced.code).toBe(1);
    expect(readFileSync(repo.path('junit.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('a file that cannot be written: exit 2, one line, nothing on stdout', async () => {
    repo.write('locked/.keep', '');
    chmodSync(repo.path('locked'), 0o500);
    try {
      const r = await runInProcess(['check', 'plans/roadmap.yaml', '-f', 'json', '-o', 'locked/out.json', '-f', 'text'], { cwd: repo.root });
      if (process.getuid?.() === 0) {
        // root writes anyway; the error path is covered by the missing folder below.
        expect(r.code).toBe(1);
      } else {
        expect([r.code, r.stdout]).toEqual([2, '']);
      }
      const missing = await runInProcess(['check', 'plans/roadmap.yaml', '-f', 'json', '-o', 'no/such/folder/out.json', '-f', 'text'], { cwd: repo.root });
      expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'outsource: no/such/folder/out.json: cannot write: no such file\n']);
    } finally {
      chmodSync(repo.path('locked'), 0o700);
    }
  });

  it('score and vendors take -f/-o too; their JSON carries a version', async () => {
    const score = await runInProcess(['score', 'plans/agency.yaml', '-f', 'json', '-o', 'score.json', '-f', 'csv', '-o', 'score.csv', '-f', 'markdown'], {
      cwd: repo.root,
    });
    expect([score.code, score.stderr]).toEqual([0, '']);
    expect(score.stdout).toMatch(/^#|\|/);
    expect((JSON.parse(readFileSync(repo.path('score.json'), 'utf8')) as { version: number }).version).toBe(1);
    expect(readFileSync(repo.path('score.csv'), 'utf8').split('\n')[0]).toMatch(/^id,/);
    const two = await runInProcess(['score', 'plans/agency.yaml', '-f', 'json', '-f', 'csv'], { cwd: repo.root });
    expect([two.code, two.stdout]).toEqual([2, '']);
    expect(two.stderr).toContain('only one format can go to stdout');
    const vendors = await runInProcess(['vendors', example('vendors.yaml'), '-f', 'json', '-o', 'vendors.json', '-f', 'markdown'], { cwd: repo.root });
    expect([vendors.code, vendors.stderr]).toEqual([0, '']);
    expect(vendors.stdout).toContain('|');
    expect((JSON.parse(readFileSync(repo.path('vendors.json'), 'utf8')) as { version: number }).version).toBe(1);
  });

  it('end to end: one spawned run writes SARIF and JSON files and prints text', async () => {
    const r = await runBin(['check', 'plans/roadmap.yaml', '-f', 'sarif', '-o', 'a.sarif', '-f', 'json', '-o', 'a.json', '-f', 'text'], { cwd: repo.root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plans/roadmap.yaml');
    expect((JSON.parse(readFileSync(repo.path('a.json'), 'utf8')) as { version: number }).version).toBe(1);
    expect((JSON.parse(readFileSync(repo.path('a.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});
