import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { draftRoadmap } from '../../src/core/plan/draft.js';
import { assignWaves } from '../../src/core/plan/waves.js';
import { renderRoadmapYaml, yamlScalar } from '../../src/core/plan/yaml.js';
import { loadRoadmap } from '../../src/core/roadmap/load.js';
import { runBin, runInProcess } from '../helpers/cli.js';
import { catalogueDirections, defaultMethod } from '../helpers/method.js';
import { slaDirection } from '../../src/core/roadmap/sla-direction.js';
import { passingAnswers, proc } from '../helpers/inventory.js';
import { example, fixture } from '../helpers/paths.js';

const method = defaultMethod();

function inventoryOf(path: string): Inventory {
  const loaded = loadInventory(readFileSync(path, 'utf8'), path, method);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.value;
}

function draftOf(inventory: Inventory) {
  return draftRoadmap(inventory, evaluateInventory(inventory, method), method, { inventoryPath: 'inventory.yaml' });
}

describe('waves (Outsourcing the social media process: start with non-core, low-risk work)', () => {
  it('puts low risk and simple work first, medium next, the rest last; unanswered counts as high', () => {
    const inventory = inventoryOf(fixture('plan', 'small.yaml'));
    const assessment = evaluateInventory(inventory, method);
    const waves = assignWaves(assessment.shortlist, new Map(inventory.processes.map((p) => [p.id, p])), method);
    expect(Object.fromEntries([...waves].map(([id, w]) => [id, w.wave]))).toEqual({ easy: 1, medium: 2, risky: 3, 'unknown-tech': 3 });
    expect(waves.get('easy')?.why).toContain('start here');
  });

  it('numbers waves without gaps when no work is low-risk', () => {
    const inventory: Inventory = { processes: [proc('a', passingAnswers({ risk: 3 })), proc('b', passingAnswers({ risk: 3, tech_complexity: 4 }))] };
    const assessment = evaluateInventory(inventory, method);
    const waves = assignWaves(assessment.shortlist, new Map(inventory.processes.map((p) => [p.id, p])), method);
    expect([waves.get('a')?.wave, waves.get('b')?.wave]).toEqual([1, 2]);
  });

  it('never puts high-risk work in wave 1 of the agency draft, and orders items by wave then risk', () => {
    const draft = draftOf(inventoryOf(example('agency.yaml')));
    const processes = new Map(inventoryOf(example('agency.yaml')).processes.map((p) => [p.id, p]));
    const waves = draft.items.map((i) => i.wave);
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    for (const item of draft.items.filter((i) => i.wave === 1)) expect(processes.get(item.process)?.answers.risk).toBeLessThanOrEqual(2);
    expect(draft.items[0]?.process).toBe('ad-adaptations');
  });
});

describe('the roadmap draft', () => {
  const draft = draftOf(inventoryOf(fixture('plan', 'small.yaml')));
  const item = (id: string) => draft.items.find((i) => i.process === id);

  it('holds the shortlist only, with engagement, seats and location from the method', () => {
    // Wave 3 in order of risk: unknown-tech (risk 1, tech complexity unanswered) before risky (risk 3).
    expect(draft.items.map((i) => i.process)).toEqual(['easy', 'medium', 'unknown-tech', 'risky']);
    expect(item('easy')).toMatchObject({ engagement: 'resource-support', seats: 3, location: 'offshore', vendor: 'tbd-offshore' });
    expect(item('medium')).toMatchObject({ engagement: 'project-support', seats: null, location: 'nearshore', vendor: 'tbd-nearshore' });
    expect(item('unknown-tech')).toMatchObject({ location: 'onshore' });
  });

  it('prefills SLAs from the metrics: baseline known, target left open; a given target is kept', () => {
    expect(item('medium')?.slas).toEqual([{ metric: 'turnaround', unit: 'hours', baseline: 24, target: 12 }]);
    expect(item('unknown-tech')?.slas).toEqual([{ metric: 'first-time "right" rate', unit: '%', baseline: null, target: null }]);
    expect(item('risky')?.slas).toEqual([]);
  });

  it('adds a quality SLA to fill when every metric is about cost (4 Things Digital Marketers Can Learn from IT Outsourcing)', () => {
    expect(item('easy')?.slas).toEqual([
      { metric: 'cost per item', unit: 'EUR', baseline: 12, target: null },
      { metric: 'first-time-right rate', unit: '%', baseline: null, target: null, added: true },
    ]);
  });

  it('marks stand-ins with a TODO: engagement without volume, location without answers', () => {
    expect(item('risky')?.engagementTodo).toContain('no volume');
    expect(item('risky')?.locationTodo).toContain('cannot rule out onshore');
    expect(item('easy')?.engagementTodo).toBeUndefined();
    expect(draft.todo).toMatchObject({ targets: 3, baselines: 2, slas: 1, ipOwners: 4, vendors: 3, engagements: 2, locations: 1 });
  });

  it('writes YAML that the roadmap format accepts and that reads back to the draft', () => {
    const text = renderRoadmapYaml(draft);
    const loaded = loadRoadmap(text, 'roadmap.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = loaded.value.roadmap;
    expect(r.name).toBe('Outsourcing roadmap: Small & <Odd> Co');
    expect(r.owner).toBeNull();
    expect(r.review).toEqual({ cadence: 'monthly', feedback_loop: draft.review.feedback_loop });
    expect(r.items?.map((i) => [i.process, i.vendor, i.wave, i.engagement, i.location, i.ip_owner])).toEqual(
      draft.items.map((i) => [i.process, i.vendor, i.wave, i.engagement, i.location, null]),
    );
    expect(r.items?.find((i) => i.process === 'unknown-tech')?.slas?.[0]?.metric).toBe('first-time "right" rate');
    expect(r.items?.find((i) => i.process === 'risky')?.notes).toMatch(/^TODO: /);
    expect(Object.keys(r.vendors ?? {})).toEqual(['tbd-offshore', 'tbd-nearshore', 'tbd-onshore']);
  });

  it('quotes scalars YAML would misread', () => {
    for (const s of [
      'yes',
      'No',
      'on',
      'true',
      '12',
      '1e3',
      'null',
      '~',
      'a: b',
      '#x',
      '- x',
      ' lead',
      'two\nlines',
      'tab\there',
      '"quoted"',
      "it's",
      '€ 5',
      '{x}',
    ]) {
      expect(parseDocument(`v: ${yamlScalar(s)}\n`).toJS()).toEqual({ v: s });
    }
  });
});

describe('outsource plan + outsource check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-plan-'));
    copyFileSync(example('agency.yaml'), join(dir, 'agency.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const PLACEHOLDER_RULES = ['no-owner', 'vendor-without-scope', 'missing-metrics', 'ip-not-owned', 'split-without-owner'];

  it('drafts a roadmap that check reads, reporting only the placeholders still to fill', async () => {
    const plan = await runBin(['plan', 'agency.yaml', '--out', 'roadmap.yaml'], { cwd: dir });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('wrote roadmap.yaml: 13 items in 3 waves, 3 vendors');
    expect(plan.stdout).toContain('1 in-house owner of a split');
    expect(plan.stdout).toContain('to fill before it passes: the owner, 32 SLA targets, 13 IP owners, 3 vendors to choose');
    expect(readFileSync(join(dir, 'roadmap.yaml'), 'utf8')).toContain('inventory: agency.yaml\n');

    const check = await runBin(['check', 'roadmap.yaml', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    const out = JSON.parse(check.stdout) as { findings: { rule: string; message: string; line: number }[] };
    const count = (rule: string) => out.findings.filter((f) => f.rule === rule).length;
    // The example's money adds one warning (proofreading costs more at the vendor) and one note (web maintenance has no money).
    expect([...new Set(out.findings.map((f) => f.rule))].sort()).toEqual([...PLACEHOLDER_RULES, 'no-business-case', 'missing-cost'].sort());
    expect([count('no-owner'), count('vendor-without-scope'), count('missing-metrics'), count('ip-not-owned'), count('split-without-owner')]).toEqual([
      1, 3, 32, 13, 1,
    ]);
    expect(readFileSync(join(dir, 'roadmap.yaml'), 'utf8')).toContain(
      'in_house_owner: null  # TODO: the person or role in-house who keeps this part: the ownership of compliance',
    );
    expect(out.findings.filter((f) => f.rule === 'missing-metrics').every((f) => f.message.includes('has no target'))).toBe(true);
  });

  it('passes check once the placeholders are filled in', async () => {
    const doc = parseDocument(readFileSync(join(dir, 'roadmap.yaml'), 'utf8'));
    doc.set('owner', 'Head of Operations');
    const roadmap = doc.toJS() as { vendors: Record<string, unknown>; items: { vendor: string; process: string; slas: { baseline: number | null }[] }[] };
    for (const id of Object.keys(roadmap.vendors)) {
      doc.setIn(['vendors', id, 'name'], `Vendor ${id}`);
      doc.setIn(
        ['vendors', id, 'scope'],
        roadmap.items.filter((i) => i.vendor === id).map((i) => i.process),
      );
    }
    const inventory = loadInventory(readFileSync(join(dir, 'agency.yaml'), 'utf8'), 'agency.yaml', defaultMethod());
    const metricsOf = (id: string) => (inventory.ok ? inventory.value.processes.find((p) => p.id === id)?.metrics : undefined);
    roadmap.items.forEach((item, i) => {
      doc.setIn(['items', i, 'ip_owner'], 'organisation');
      if (item.process === 'media-buying') doc.setIn(['items', i, 'in_house_owner'], 'Head of Media');
      item.slas.forEach((sla, j) => {
        if (sla.baseline === null) doc.setIn(['items', i, 'slas', j, 'baseline'], 90);
        // A target better than the baseline, in the metric's direction (target-not-better).
        const better = slaDirection(sla as unknown as { metric: string }, metricsOf(item.process), catalogueDirections());
        doc.setIn(['items', i, 'slas', j, 'target'], (sla.baseline ?? 90) * (better === 'higher' ? 1.05 : 0.9));
      });
    });
    writeFileSync(join(dir, 'filled.yaml'), doc.toString());
    const check = await runBin(['check', 'filled.yaml', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; severity: string }[] }).findings;
    expect(findings.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual(['missing-cost info', 'no-business-case warning']);
    expect(check.code).toBe(0);
  });

  it('never overwrites without --force', async () => {
    const before = readFileSync(join(dir, 'roadmap.yaml'), 'utf8');
    writeFileSync(join(dir, 'roadmap.yaml'), `${before}# edited by hand\n`);
    const again = await runBin(['plan', 'agency.yaml', '--out', 'roadmap.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('outsource: roadmap.yaml: already exists; use --force to overwrite it\n');
    expect(readFileSync(join(dir, 'roadmap.yaml'), 'utf8')).toContain('# edited by hand');
    const forced = await runBin(['plan', 'agency.yaml', '--out', 'roadmap.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'roadmap.yaml'), 'utf8')).toBe(before);
  });

  it('gives each process to the best-ranked vendor whose scope names it', async () => {
    const r = await runInProcess(['plan', example('agency.yaml'), '--vendors', example('vendors.yaml')]);
    expect(r.code).toBe(0);
    const roadmap = parseDocument(r.stdout).toJS() as { vendors: Record<string, { scope: string[] | null }>; items: { process: string; vendor: string }[] };
    const vendorOf = Object.fromEntries(roadmap.items.map((i) => [i.process, i.vendor]));
    // banner-resizing is in the scope of pixelbridge (rank 3) and loomwork (rank 4).
    expect(vendorOf['banner-resizing']).toBe('pixelbridge');
    expect(vendorOf.proofreading).toBe('clearproof');
    expect(vendorOf['btl-promotions']).toBe('tbd-offshore');
    expect(roadmap.vendors.loomwork?.scope).toEqual(['seo', 'web-maintenance']);
    expect(roadmap.vendors['budget-pixels']).toBeUndefined();
  });

  it('prints the draft to stdout without --out, and refuses a broken inventory with exit 2', async () => {
    const r = await runInProcess(['plan', fixture('plan', 'small.yaml')]);
    expect(r.code).toBe(0);
    expect(loadRoadmap(r.stdout, 'stdout.yaml').ok).toBe(true);
    const bad = await runInProcess(['plan', fixture('plan', 'vendors-bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});
