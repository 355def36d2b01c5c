/** A baseline: adopt check on an existing roadmap and fail only on new findings, matched by fingerprint, not line. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBaseline, makeBaseline } from '../../src/core/roadmap/baseline.js';
import type { Finding } from '../../src/core/roadmap/types.js';
import { runBin, runInProcess } from '../helpers/cli.js';
import { tempRepo, type TempRepo } from './repo.js';

interface Out {
  findings: { rule: string; fingerprint: string; baselineState?: string; line: number; suppressed?: unknown }[];
  summary: { error: number; warning: number; info: number; baselined?: number };
}
const parse = (stdout: string) => JSON.parse(stdout) as Out;

describe('check --baseline and --write-baseline', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = tempRepo()));
  afterEach(() => repo.remove());

  it("writes today's findings; then the same roadmap passes, and a new finding alone fails it", async () => {
    const write = await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', '.outsource-baseline.json', '-f', 'json'], { cwd: repo.root });
    expect(write.code).toBe(0);
    const baseline = JSON.parse(readFileSync(repo.path('.outsource-baseline.json'), 'utf8')) as { kind: string; version: number; findings: unknown[] };
    expect(baseline).toMatchObject({ kind: 'outsource-check-baseline', version: 1 });
    // Waived findings are accepted in the roadmap already: the baseline holds the rest.
    expect(baseline.findings.length).toBe(parse(write.stdout).findings.filter((f) => !f.suppressed).length);

    const again = await runInProcess(['check', 'plans/roadmap.yaml', '--baseline', '.outsource-baseline.json', '-f', 'json'], { cwd: repo.root });
    expect(again.code).toBe(0);
    const out = parse(again.stdout);
    expect(out.summary).toMatchObject({ error: 0, warning: 0, info: 0, baselined: baseline.findings.length });
    expect(new Set(out.findings.filter((f) => !f.suppressed).map((f) => f.baselineState))).toEqual(new Set(['unchanged']));

    // A process no one has heard of: one new finding; everything else is still in the baseline.
    const text = readFileSync(repo.path('plans', 'roadmap.yaml'), 'utf8');
    repo.write(
      'plans/roadmap.yaml',
      text.replace(
        /^items:\n/m,
        'items:\n  - process: no-such-process\n    vendor: northwind\n    wave: 2\n    engagement: project-support\n    location: nearshore\n    ip_owner: organisation\n',
      ),
    );
    const grown = await runInProcess(['check', 'plans/roadmap.yaml', '--baseline', '.outsource-baseline.json', '-f', 'json'], { cwd: repo.root });
    expect(grown.code).toBe(1);
    const fresh = parse(grown.stdout).findings.filter((f) => f.baselineState === 'new');
    expect(fresh.map((f) => f.rule)).toContain('unknown-process');
  });

  it('lines moving (a comment block added at the top) keep every finding in the baseline', async () => {
    await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'b.json', '-f', 'json'], { cwd: repo.root });
    const before = readFileSync(repo.path('plans', 'roadmap.yaml'), 'utf8');
    repo.write('plans/roadmap.yaml', `# reviewed in March\n# by the PMO\n\n${before}`);
    const moved = await runInProcess(['check', 'plans/roadmap.yaml', '--baseline', 'b.json', '-f', 'json'], { cwd: repo.root });
    expect(moved.code).toBe(0);
    expect(parse(moved.stdout).findings.every((f) => f.suppressed || f.baselineState === 'unchanged')).toBe(true);
  });

  it('the text report says how many findings the baseline holds; a missing baseline is exit 2 with how to make one', async () => {
    await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'b.json'], { cwd: repo.root });
    const text = await runInProcess(['check', 'plans/roadmap.yaml', '--baseline', 'b.json'], { cwd: repo.root });
    expect(text.stdout).toMatch(/no new findings \(\d+ waived, \d+ in the baseline\)|no new findings \(\d+ in the baseline\)/);
    expect(text.stdout).toMatch(/✔ 0 errors, 0 warnings, 0 info, .*\d+ in the baseline\n$/);
    const missing = await runInProcess(['check', 'plans/roadmap.yaml', '--baseline', 'nope.json'], { cwd: repo.root });
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toContain('--write-baseline nope.json');
  });

  it('a baseline file may be rewritten; another file is not clobbered without --force; a bad baseline is exit 2 at its line', async () => {
    await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'b.json'], { cwd: repo.root });
    expect((await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'b.json'], { cwd: repo.root })).code).toBe(0);
    repo.write('notes.json', '{"mine": true}\n');
    const clobber = await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'notes.json'], { cwd: repo.root });
    expect(clobber.code).toBe(2);
    expect(readFileSync(repo.path('notes.json'), 'utf8')).toBe('{"mine": true}\n');
    repo.write(
      'bad.json',
      '{\n  "kind": "outsource-check-baseline",\n  "version": 1,\n  "findings": [{ "fingerprint": "xyz", "rule": "a", "file": "b" }]\n}\n',
    );
    const bad = await runInProcess(['check', 'plans/roadmap.yaml', '--baseline', 'bad.json'], { cwd: repo.root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^outsource: bad\.json:4:33: findings\[0\]\.fingerprint: /);
  });

  it('end to end: a baselined roadmap passes in SARIF with baselineState', async () => {
    await runInProcess(['check', 'plans/roadmap.yaml', '--write-baseline', 'b.json'], { cwd: repo.root });
    const r = await runBin(['check', 'plans/roadmap.yaml', '--baseline', 'b.json', '-f', 'sarif'], { cwd: repo.root });
    expect(r.code).toBe(0);
    const results = (JSON.parse(r.stdout) as { runs: { results: { baselineState?: string; suppressions?: unknown }[] }[] }).runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((x) => x.suppressions || x.baselineState === 'unchanged')).toBe(true);
  });
});

describe('baseline matching (property)', () => {
  const finding = fc.record({
    rule: fc.constantFrom('no-owner', 'missing-metrics', 'unknown-vendor'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    message: fc.string(),
    file: fc.constant('plans/roadmap.yaml'),
    line: fc.integer({ min: 1, max: 500 }),
    column: fc.integer({ min: 1, max: 80 }),
    fingerprint: fc.constantFrom('0000000000000001', '0000000000000002', '0000000000000003'),
  });

  it('the findings a baseline was made from all match it, whatever their lines; one more of a kind is new', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), fc.integer({ min: 0, max: 100 }), (findings: Finding[], shift) => {
        const baseline = makeBaseline(findings);
        const moved = findings.map((f) => ({ ...f, line: f.line + shift }));
        expect(applyBaseline(moved, baseline).every((f) => f.baseline === 'unchanged')).toBe(true);
        const extra = findings[0];
        if (extra) expect(applyBaseline([...moved, extra], baseline).filter((f) => f.baseline === 'new')).toHaveLength(1);
      }),
    );
  });
});
