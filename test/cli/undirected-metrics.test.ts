/**
 * A metric of one's own without `better:` loads everywhere: score, plan,
 * report and check no longer refuse the inventory. Its direction is unknown:
 * a note says so, and check reports the SLA built on it (target-not-better)
 * instead of refusing to check at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

let dir: string;
const ANSWERS =
  '{ core_competency: 1, vendor_parity: 5, benefit: 5, regulated: false, politically_sensitive: 1, compliance_owner: false, face_to_face: 1, in_progress: false, roadmap_undecided: false, risk: 1, domain_expertise: 1, contractual_duty: false, cost_of_inaction: 4, tech_complexity: 1, repetitiveness: 5 }';
const NOTE =
  'outsource: note: inventory.yaml: metric "widgets polished" of banner-resizing: the metric catalogue does not know whether lower or higher is better, so its direction is unknown; add better: lower or better: higher\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-undirected-'));
  writeFileSync(
    join(dir, 'inventory.yaml'),
    [
      'processes:',
      '  - id: banner-resizing',
      '    name: Banner resizing',
      `    answers: ${ANSWERS}`,
      '    metrics:',
      '      - { name: widgets polished, unit: count, baseline: 10, target: 20 }',
      '      - { name: turnaround, unit: hours, baseline: 48, target: 24 }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'roadmap.yaml'),
    [
      'inventory: inventory.yaml',
      'owner: Head of Operations',
      'review: { cadence: monthly, feedback_loop: true }',
      'vendors:',
      '  studio: { name: Studio, scope: [banner-resizing] }',
      'items:',
      '  - process: banner-resizing',
      '    vendor: studio',
      '    wave: 1',
      '    engagement: project-support',
      '    location: nearshore',
      '    ip_owner: organisation',
      '    slas:',
      '      - { metric: widgets polished, unit: count, baseline: 10, target: 20 }',
      '      - { metric: turnaround, unit: hours, baseline: 48, target: 24 }',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a custom metric without better:', () => {
  it.each([
    ['score', ['score', 'inventory.yaml']],
    ['plan', ['plan', 'inventory.yaml']],
    ['report', ['report', 'inventory.yaml']],
  ])('%s loads the inventory and notes the unknown direction once', async (_name, args) => {
    const r = await runInProcess(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(NOTE);
    expect(r.stdout).toContain('Banner resizing');
  });

  it('--quiet leaves the note out', async () => {
    const r = await runInProcess(['--quiet', 'score', 'inventory.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('check reports the SLA whose target cannot be judged, instead of refusing the inventory', async () => {
    const r = await runInProcess(['check', 'roadmap.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings.map((f) => f.rule)).toEqual(['target-not-better']);
    expect(report.findings[0]!.message).toContain(
      'SLA "widgets polished" of "banner-resizing": the metric catalogue does not know whether lower or higher is better',
    );
  });
});
