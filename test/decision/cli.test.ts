/**
 * End-to-end: the built binary (node bin/outsource.js, NO_COLOR=1) for every
 * command of the decision tools, checking stdout, stderr and the exit code.
 */
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';
import { schemaErrors, validateScoreOutput } from '../helpers/json-schema.js';

const F = 'test/fixtures/decision';
type JsonProcess = {
  id: string;
  verdict: string;
  rank: number | null;
  flips?: { criterion: string; from: unknown; to: unknown; verdict: string }[];
  rank_stability?: number;
  disagreements?: unknown[];
};

describe('outsource score --sensitivity', () => {
  it('JSON gains flips for every process and rank_stability for the shortlist, and still fits the published schema', async () => {
    const r = await runBin(['score', 'examples/agency.yaml', '--sensitivity', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout) as { processes: JsonProcess[] };
    const validate = validateScoreOutput();
    expect(validate(json), schemaErrors(validate)).toBe(true);
    for (const p of json.processes) {
      expect(Array.isArray(p.flips), p.id).toBe(true);
      if (p.verdict === 'outsource' || p.verdict === 'split') expect(p.rank_stability, p.id).toBeGreaterThanOrEqual(0);
      else expect(p).not.toHaveProperty('rank_stability');
    }
    const top = json.processes.find((p) => p.rank === 1)!;
    expect(top.rank_stability).toBe(1);
  });

  it('is reproducible: the same seed gives the same output, and the seed is what varies it', async () => {
    const a = await runInProcess(['score', 'examples/agency.yaml', '--sensitivity', '--seed', '7', '--format', 'json']);
    const b = await runInProcess(['score', 'examples/agency.yaml', '--sensitivity', '--seed', '7', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('without --sensitivity the JSON has no flips', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('"flips"');
    expect(r.stdout).not.toContain('"rank_stability"');
  });

  it('the table has a "what would change it" column in plain words', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--sensitivity']);
    expect(r.code).toBe(0);
    // Cells wrap inside the table, so look at what fits on one line of a cell.
    expect(r.stdout).toContain('│ What would change');
    expect(r.stdout).toMatch(/│ rank held in \d+%/);
    expect(r.stdout).toMatch(/│ outsourced if /);
    expect(r.stdout).toMatch(/│ kept in-house if /);
  });

  it('--explain says what would change the verdict even without --sensitivity', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--explain', 'video-editing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('What would change it\n  outsourced if in_progress became false\n');
    const s = await runInProcess(['score', 'examples/agency.yaml', '--explain', 'seo', '--sensitivity']);
    expect(s.stdout).toMatch(/What would change it\n {2}rank held in \d+% of weight trials\n/);
  });

  it('a bad seed, or a seed without --sensitivity, is exit 2 with one line', async () => {
    const bad = await runInProcess(['score', 'examples/agency.yaml', '--sensitivity', '--seed', 'abc']);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, '', 'outsource: --seed must be a whole number from 0 to 4294967295, got "abc"\n']);
    const lonely = await runInProcess(['score', 'examples/agency.yaml', '--seed', '3']);
    expect([lonely.code, lonely.stderr]).toEqual([2, 'outsource: --seed only matters with --sensitivity\n']);
  });
});

describe('several raters', () => {
  it('the table marks processes whose raters disagree; --explain lists them as "discuss before deciding"', async () => {
    const table = await runInProcess(['score', `${F}/raters.yaml`]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('2 processes have raters who disagree: discuss before deciding');
    expect(table.stdout).toMatch(/│ raters disagree: /);
    const explain = await runInProcess(['score', `${F}/raters.yaml`, '--explain', 'client-reporting']);
    expect(explain.stdout).toContain('Discuss before deciding: the raters disagree\n  compliance_owner: ana false, ben true -> counted as true\n');
    const json = JSON.parse((await runInProcess(['score', `${F}/raters.yaml`, '--format', 'json'])).stdout) as { processes: JsonProcess[] };
    expect(json.processes[0]!.disagreements).toEqual([{ criterion: 'risk', values: { ana: 2, ben: 4, chloe: 3 } }]);
  });
});

describe('outsource weights', () => {
  it("--matrix with the issue's example prints the AHP JSON", async () => {
    const r = await runInProcess(['weights', '--matrix', `${F}/weights-issue.yaml`, '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['weights', 'lambda_max', 'consistency_index', 'consistency_ratio', 'most_inconsistent', 'estimated']),
    );
    expect(json.weights).toEqual({ benefit: 0.648329, risk: 0.229651, cost_of_inaction: 0.12202 });
    expect(json.most_inconsistent).toEqual(['risk', 'cost_of_inaction']);
  });

  it('an inconsistent matrix warns on stderr and keeps stdout pure JSON', async () => {
    const r = await runInProcess(['weights', '--matrix', `${F}/weights-inconsistent.yaml`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'outsource: warning: consistency ratio 2.116 is above 0.1; revisit benefit vs risk (you said 5, the other comparisons imply about 1.19)\n',
    );
    expect(JSON.parse(r.stdout).consistency_ratio).toBeGreaterThan(2);
  });

  it('a broken matrix is exit 2 with file:line:column for each problem', async () => {
    const r = await runInProcess(['weights', '--matrix', `${F}/weights-bad.yaml`]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(5);
    expect(r.stderr).toContain(`outsource: ${F}/weights-bad.yaml:5:33: comparisons[2]: 12 is off Saaty's scale: use 1/9 to 9`);
  });

  it('without a terminal and without --matrix it explains itself and exits 2', async () => {
    const r = await runBin(['weights']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'outsource: outsource weights asks its questions on a terminal, and this is not one: give the comparisons in a file with --matrix FILE (see docs/weights.md)\n',
    );
  });
});

describe('outsource rules test', () => {
  it('runs the default vectors: exit 0', async () => {
    const r = await runInProcess(['rules', 'test']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/\n(\d+) tests: \1 passed, 0 failed\n$/);
    expect(r.stdout).toContain('PASS  risk 4 (high) defers it');
  });

  it('a failing vector is exit 1 with a diff of expected and actual', async () => {
    const r = await runInProcess(['rules', 'test', '--rules', `${F}/rules-failing-test.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `  FAIL  risk 4 is still a candidate  (${F}/rules-failing-test.yaml:28:5)\n        - expected  + actual\n        - verdict: outsource\n        + verdict: defer\n        - reasons: [priority]\n        + reasons: [high-jeopardy]\n`,
    );
    expect(r.stdout).toContain('3 tests: 2 passed, 1 failed');
  });

  it('--format json for CI, with --rules before or after "test"', async () => {
    for (const args of [
      ['rules', 'test', '--rules', `${F}/rules-failing-test.yaml`, '--format', 'json'],
      ['rules', '--rules', `${F}/rules-failing-test.yaml`, 'test', '--format', 'json'],
    ]) {
      const r = await runInProcess(args);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout);
      expect([json.passed, json.failed]).toEqual([2, 1]);
      expect(json.tests[1].differences[0]).toEqual({ field: 'verdict', expected: 'outsource', actual: 'defer' });
    }
  });

  it('an invalid tests: list is exit 2, not a test failure', async () => {
    const r = await runInProcess(['rules', 'test', '--rules', `${F}/rules-bad-tests.yaml`]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`outsource: ${F}/rules-bad-tests.yaml:4:22: tests[0].answers: unknown criterion "rsik" (did you mean "risk"?)`);
  });

  it('"outsource rules" and "outsource rules --rules FILE" still list the method', async () => {
    const plain = await runInProcess(['rules']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Method "default"');
    const custom = await runInProcess(['rules', '--rules', `${F}/rules-stricter.yaml`]);
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain('risk >= 3');
  });
});

describe('outsource diff', () => {
  it('table: what changed and why', async () => {
    const r = await runInProcess(['diff', `${F}/before.yaml`, `${F}/after.yaml`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('6 processes changed: 2 verdict, 2 rank, 1 added, 1 removed; 0 unchanged');
    expect(r.stdout).toMatch(/│ Process +│ Change +│ Before +│ After +│ Why +│/);
    expect(r.stdout).toMatch(/│ verdict +│ outsource, rank +│ defer +│ contractual_duty false -> +│/);
  });

  it('json and markdown; one inventory under two rules files', async () => {
    const json = await runInProcess(['diff', `${F}/before.yaml`, `${F}/after.yaml`, '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.summary).toEqual({ verdict: 2, rank: 2, added: 1, removed: 1, unchanged: 0 });
    expect(parsed.changes[0]).toMatchObject({ id: 'newsletter-production', change: 'verdict', old: { verdict: 'outsource' }, new: { verdict: 'defer' } });
    const md = await runInProcess(['diff', 'examples/agency.yaml', '--rules-new', `${F}/rules-stricter.yaml`, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Changes: examples/agency.yaml -> examples/agency.yaml');
    expect(md.stdout).toContain('## Rules changed');
    expect(md.stdout).toContain('| Process | Id | Change | Before | After | Why |');
  });

  it('an unreadable side is exit 2', async () => {
    const r = await runInProcess(['diff', `${F}/before.yaml`, `${F}/missing.yaml`]);
    expect([r.code, r.stderr]).toEqual([2, `outsource: ${F}/missing.yaml: no such file\n`]);
  });
});
