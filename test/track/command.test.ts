/** outsource track in-process: the three input formats agree, errors name the place, exit codes, formats. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const F = 'test/fixtures/track';
const ROADMAP = `${F}/roadmap.yaml`;
const track = (...args: string[]) => runInProcess(['track', ...args]);
interface Json {
  slas: {
    process: string;
    metric: string;
    status: string;
    latest: { period: string; value: number } | null;
    reason: string;
    trend: unknown;
    action: { steps: string[] } | null;
  }[];
  summary: Record<string, number>;
}
const json = (stdout: string) => JSON.parse(stdout) as Json;

describe('outsource track', () => {
  it('CSV, YAML (with dates, out of order) and JSON actuals give the same statuses', async () => {
    const runs = await Promise.all(['actuals.csv', 'actuals.yaml', 'actuals.json'].map((f) => track(ROADMAP, `${F}/${f}`, '--format', 'json')));
    const statuses = runs.map((r) => json(r.stdout).slas.map((s) => `${s.process}/${s.metric}: ${s.status}`));
    expect(statuses[0]).toEqual([
      'banners/turnaround: green',
      'banners/on-time delivery: red',
      'newsletters/issues sent per month: amber',
      'newsletters/rework rate: no-data',
    ]);
    expect(statuses[1]).toEqual(statuses[0]);
    expect(statuses[2]).toEqual(statuses[0]);
    expect(json(runs[0]!.stdout).summary).toEqual({ green: 1, amber: 1, red: 1, no_data: 1 });
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1]);
  });

  it('the JSON has the documented fields, the latest value and a reason with numbers', async () => {
    const out = json((await track(ROADMAP, `${F}/actuals.csv`, '--format', 'json')).stdout);
    const red = out.slas[1]!;
    expect(Object.keys(red).slice(0, 8)).toEqual(['process', 'metric', 'status', 'latest', 'baseline', 'target', 'better', 'reason']);
    expect(red.latest).toEqual({ period: '2025-03', value: 80 });
    expect(red.reason).toBe('latest 80 % is worse than the baseline 85 (higher is better; target 95)');
    expect(out.slas[3]!.latest).toBeNull();
  });

  it('a red SLA names its roadmap item and the next steps of the feedback loop', async () => {
    const out = json((await track(ROADMAP, `${F}/actuals.csv`, '--format', 'json')).stdout);
    const steps = out.slas[1]!.action!.steps;
    expect(steps[0]).toContain('review "on-time delivery" with Hub Studios (hub) at the monthly review');
    expect(steps[1]).toContain('revisit the answers of "banners"');
    expect(steps[2]).toBe('re-run the assessment: outsource assess --inventory test/fixtures/check/inventory.yaml');
    expect(out.slas[0]!.action).toBeNull();
    // amber in 2025-02 and 2025-03: two periods running ask for the same steps
    expect(out.slas[2]!.action).toMatchObject({ why: 'amber for 2 periods running', item: { process: 'newsletters', vendor: 'hub', wave: 1 } });
  });

  it("--fail-on amber fails on amber too; the actuals default to the roadmap's tracking.actuals", async () => {
    expect((await track(ROADMAP)).code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'track-'));
    try {
      const greenOnly = 'process,metric,period,value\nbanners,turnaround,2025-01,7\nnewsletters,issues sent per month,2025-01,5.5\n';
      writeFileSync(join(dir, 'a.csv'), greenOnly);
      expect((await track(ROADMAP, join(dir, 'a.csv'))).code).toBe(0);
      expect((await track(ROADMAP, join(dir, 'a.csv'), '--fail-on', 'amber')).code).toBe(1);
      // amber once is a warning, not yet a call to act
      const once = json((await track(ROADMAP, join(dir, 'a.csv'), '--format', 'json')).stdout).slas[2]!;
      expect([once.status, once.action]).toEqual(['amber', null]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the table says the status in words, the numbers and what to do next', async () => {
    const r = await track(ROADMAP, `${F}/actuals.csv`);
    expect(r.stdout).toContain('RED      banners      on-time delivery (%)           80 in 2025-03   >= 95   off target, steady');
    expect(r.stdout).toContain('4 SLAs: 1 green, 1 amber, 1 red, 1 without data');
    expect(r.stdout).toContain('What to do next');
    expect(r.stderr).toBe('');
  });

  it('markdown and github formats', async () => {
    const md = (await track(ROADMAP, `${F}/actuals.csv`, '--format', 'markdown')).stdout;
    expect(md).toMatch(/^### SLA tracking: 1 red, 1 amber, 1 green, 1 without data/);
    expect(md).toContain('| 🔴 red | banners | on-time delivery (%) | 80 (2025-03) | 85 | ≥ 95 |');
    const gh = (await track(ROADMAP, `${F}/actuals.csv`, '--format', 'github')).stdout;
    expect(gh).toContain(
      '::error file=test/fixtures/track/roadmap.yaml,line=22,col=9,title=outsource track red%3A banners / on-time delivery::latest 80 %25 is worse',
    );
    expect(gh).toContain('::warning file=test/fixtures/track/roadmap.yaml,line=30,col=9,');
  });

  it('-o writes the output to a file, and never overwrites one without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'track-out-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'sla.md');
    expect((await track(ROADMAP, `${F}/actuals.csv`, '--format', 'markdown', '-o', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('### SLA tracking');
    const again = await track(ROADMAP, `${F}/actuals.csv`, '-o', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; nothing was written (use --force');
    expect((await track(ROADMAP, `${F}/actuals.csv`, '-o', out, '--force')).code).toBe(1);
  });

  it('several formats in one run: json to a file, the table to stdout, with a version in the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'track-multi-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const json = join(dir, 'sla.json');
    const r = await track(ROADMAP, `${F}/actuals.csv`, '-f', 'json', '-o', json, '-f', 'table');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ version: 1, summary: expect.any(Object) as unknown });
    expect(r.stdout).not.toContain('"slas"');
    expect(r.stdout.length).toBeGreaterThan(0);
    // Two formats with no file for either: only one may go to stdout.
    expect((await track(ROADMAP, `${F}/actuals.csv`, '-f', 'json', '-f', 'table')).code).toBe(2);
  });
});

describe('bad actuals: one line with the place, exit 2', () => {
  const cases: [string, string][] = [
    ['unknown-metric.csv', `${F}/unknown-metric.csv:3:9: "turnaroud" is not an SLA of "banners" (did you mean "turnaround"?)`],
    ['wrong-unit.csv', `${F}/wrong-unit.csv:3:32: unit "days" differs from the unit of the SLA "turnaround" of "banners", "hours"`],
    ['duplicate-period.csv', `${F}/duplicate-period.csv:4:20: a second value for "turnaround" of "banners" in 2025-01 (the first is at line 2)`],
    ['non-numeric.csv', `${F}/non-numeric.csv:3:28: value "n/a" is not a number`],
    ['unknown-process.yaml', `${F}/unknown-process.yaml:2:14: process "baners" is not on the roadmap (did you mean "banners"?)`],
  ];
  for (const [file, message] of cases) {
    it(file, async () => {
      const r = await track(ROADMAP, `${F}/${file}`);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toContain(`outsource: ${message}`);
    });
  }

  it('a bad period, a missing column, an unknown field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'track-bad-'));
    try {
      mkdirSync(join(dir, 'x'));
      writeFileSync(join(dir, 'period.csv'), 'process,metric,period,value\nbanners,turnaround,2025-13,4\n');
      writeFileSync(join(dir, 'columns.csv'), 'process,metric,month,value\nbanners,turnaround,2025-01,4\n');
      writeFileSync(join(dir, 'field.yaml'), '- { process: banners, metric: turnaround, period: 2025-01, valeu: 4 }\n');
      expect((await track(ROADMAP, join(dir, 'period.csv'))).stderr).toContain(
        'period.csv:2:20: period "2025-13" is not a month (YYYY-MM) or a date (YYYY-MM-DD)',
      );
      expect((await track(ROADMAP, join(dir, 'columns.csv'))).stderr).toContain(
        'columns.csv:1:16: unknown column "month"; the columns are process, metric, period, value',
      );
      expect((await track(ROADMAP, join(dir, 'field.yaml'))).stderr).toContain('field.yaml:1:60: record 1: unknown field "valeu" (did you mean "value"?)');
      expect((await track(ROADMAP, join(dir, 'x'))).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an SLA whose direction nobody states cannot be tracked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'track-dir-'));
    try {
      const text = readFileSync(ROADMAP, 'utf8')
        .replace('unit: count, baseline: 4, target: 6, better: higher', 'unit: count, baseline: 4, target: 6')
        .replace('../check/inventory.yaml', join(process.cwd(), 'test/fixtures/check/inventory.yaml'));
      writeFileSync(join(dir, 'roadmap.yaml'), text);
      const r = await track(join(dir, 'roadmap.yaml'), `${F}/actuals.csv`);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'roadmap.yaml:30:9: SLA "issues sent per month" of "newsletters": the metric catalogue does not know whether lower or higher is better',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('check --actuals', () => {
  it('reports an SLA red past the review cadence as sla-breached; without actuals it does not run', async () => {
    const r = await runInProcess(['check', 'examples/roadmap.yaml', '--actuals', 'examples/actuals.csv', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; line: number; column: number; message: string }[] }).findings.filter(
      (f) => f.rule === 'sla-breached',
    );
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['53:9']);
    expect(findings[0]!.message).toContain('"QA rejection rate" of "banner-resizing" has been red since 2026-04, longer than the monthly review');
    expect((await runInProcess(['check', 'examples/roadmap.yaml'])).code).toBe(0);
  });

  it('bad actuals make check exit 2 with the place', async () => {
    const r = await runInProcess(['check', 'examples/roadmap.yaml', '--actuals', `${F}/non-numeric.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${F}/non-numeric.csv:3:28: value "n/a" is not a number`);
  });
});
