import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { buildReport, median, quadrantOf, type ReportData } from '../../src/core/report/model.js';
import { accessibleSvg } from '../../src/reporters/report/svg.js';
import { runInProcess } from '../helpers/cli.js';
import { defaultMethod } from '../helpers/method.js';
import { example, fixture, repoRoot } from '../helpers/paths.js';
import { requireTool } from '../helpers/require-tool.js';

const method = defaultMethod();

function reportOf(path: string): ReportData {
  const loaded = loadInventory(readFileSync(path, 'utf8'), path, method);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return buildReport(loaded.value, evaluateInventory(loaded.value, method), method);
}

describe('report data', () => {
  const data = reportOf(example('agency.yaml'));

  it('counts the funnel of steps 3, 4 and 5 of the agency example', () => {
    expect(data.total).toBe(24);
    expect(data.funnel.map((s) => [s.step, s.entered, s.crossedOut, s.undecided, s.passed])).toEqual([
      [3, 24, 4, 0, 20],
      [4, 20, 2, 1, 17],
      [5, 17, 3, 1, 13],
    ]);
    // media-buying passes step 4 as a split: its execution goes out, compliance stays in-house.
    expect(data.counts).toEqual({ outsource: 12, split: 1, keep: 4, retain: 2, defer: 3, incomplete: 2 });
    expect(data.shortlist.find((r) => r.id === 'media-buying')?.keeps?.[0]).toContain('the ownership of compliance');
  });

  it('says why each step crossed processes out, gate by gate, busiest gate first', () => {
    const step3 = data.funnel[0]!;
    expect(step3.gates.map((g) => [g.gate, g.processes.length])).toEqual([
      ['competitive-advantage', 3],
      ['no-vendor-parity', 2],
      ['too-little-benefit', 1],
    ]);
    expect(step3.gates[0]?.message).toBe('it gives the organisation its competitive advantage, so keep it in-house');
    expect(data.funnel[1]?.unanswered).toEqual([
      { id: 'translation-localisation', name: 'Translation and localisation of campaigns', criteria: ['politically_sensitive'] },
    ]);
  });

  it('puts each candidate on the matrix: value and ease from the step-6 points, size from volume', () => {
    const ad = data.matrix.find((p) => p.id === 'ad-adaptations');
    expect(ad).toMatchObject({ rank: 1, value: 100, ease: 100, hours: 420, quadrant: 'quick win' });
    // blog-upkeep: benefit 3 (1/2 of 3), cost_of_inaction unanswered (0 of 2), repetitiveness 3 (1/2 of 2) -> 2/7 = 35.7
    expect(data.matrix.find((p) => p.id === 'blog-upkeep')?.value).toBe(35.7);
    expect(data.matrix.find((p) => p.id === 'web-maintenance')?.hours).toBeNull();
    expect(data.matrixSplit).toEqual({ value: median(data.matrix.map((p) => p.value)), ease: median(data.matrix.map((p) => p.ease)) });
  });

  it('splits quadrants at the medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quadrantOf(80, 80, { value: 50, ease: 50 })).toBe('quick win');
    expect(quadrantOf(80, 20, { value: 50, ease: 50 })).toBe('major project');
    expect(quadrantOf(20, 80, { value: 50, ease: 50 })).toBe('fill-in');
    expect(quadrantOf(20, 20, { value: 50, ease: 50 })).toBe('reconsider');
  });

  it('lists the shortlist with wave, engagement, seats and location, and explains every process, shortlist first', () => {
    expect(data.shortlist.map((r) => r.id).slice(0, 3)).toEqual(['ad-adaptations', 'banner-resizing', 'newsletter-production']);
    expect(data.shortlist[0]).toMatchObject({ wave: 1, engagement: { model: 'resource-support', seats: 3 }, location: { recommended: 'offshore' } });
    expect(data.explanations).toHaveLength(24);
    expect(data.explanations.slice(0, 12).every((x) => x.evaluation.verdict === 'outsource')).toBe(true);
  });
});

describe('outsource report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints Markdown with the funnel, the matrix, the shortlist and the explanations', async () => {
    const r = await runInProcess(['report', example('agency.yaml'), '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Outsourcing report: Northlight Creative');
    expect(r.stdout).toContain('| Step 3: Cross out what you need not outsource | 24 | 4 | 0 | 20 |');
    expect(r.stdout).toMatch(
      /\| 1 \| Ad adaptations across print and digital formats \(`ad-adaptations`\) \| 100\.0 \| 1 \| resource-support \| 3 \| offshore \|/,
    );
    expect(r.stdout).toContain('### Influencer outreach and seeding (`influencer-outreach`)');
  });

  it('writes one self-contained, accessible HTML page and never overwrites it without --force', async () => {
    const r = await runInProcess(['report', example('agency.yaml'), '--html', 'report.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote report.html: 24 processes, 12 on the shortlist\n');
    expect(r.stderr).toBe('');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<svg [^>]*role="img" aria-labelledby="(funnel|matrix)-chart-title \1-chart-desc"/g)).toHaveLength(2);
    expect(html).toContain('<title id="matrix-chart-title">Priority matrix: value against ease of hand-over</title>');
    expect(html).toMatch(/<desc id="funnel-chart-desc">Stacked bars, one per step of the method\. step 3 crossed out 4/);
    expect(html).toContain('<th scope="col">Engagement</th>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|https?:/i);

    const again = await runInProcess(['report', example('agency.yaml'), '--html', 'report.html'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('report.html: already exists; use --force to overwrite it');
    const forced = await runInProcess(['report', example('agency.yaml'), '--html', 'report.html', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
  });

  it('writes the same page for the same inventory: no dates, nothing random', async () => {
    const a = await runInProcess(['report', example('agency.yaml'), '--format', 'html']);
    const b = await runInProcess(['report', example('agency.yaml'), '--format', 'html']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(50_000);
  });

  it('escapes every piece of user text', async () => {
    const r = await runInProcess(['report', fixture('plan', 'hostile-names.yaml'), '--format', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).not.toMatch(/<script|<img|<style>body|<b>bold/);
    expect(html.includes('\u001b') || html.includes('\u0007')).toBe(false);
    // A URL in user text stays text: escaped, inside an element, never an attribute or a stylesheet.
    expect(html).toContain('&lt;style&gt;body{background:url(http://evil.example/x)}&lt;/style&gt;');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Newsletters &amp; &quot;more&quot;');
    expect(html).toContain('<title>Outsourcing report: &lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</title>');
    expect(html).toContain('Bell \\x07 and ESC \\x1b[31m red');
    const md = await runInProcess(['report', fixture('plan', 'hostile-names.yaml'), '--format', 'markdown']);
    expect(md.stdout).not.toMatch(/<img|<script/);
    expect(md.stdout.includes('\u001b')).toBe(false);
  });

  it('refuses --html together with --format, and a broken inventory, with exit 2', async () => {
    const both = await runInProcess(['report', example('agency.yaml'), '--html', 'x.html', '--format', 'markdown'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    const bad = await runInProcess(['report', fixture('plan', 'vendors-bad.yaml')]);
    expect(bad.code).toBe(2);
  });

  it('puts title and description first in each chart and drops namespace URLs', () => {
    const svg = accessibleSvg('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="1"><g/></svg>', {
      id: 'c',
      title: 'A <b>',
      description: 'D & E',
    });
    expect(svg).toBe(
      '<svg width="1" role="img" aria-labelledby="c-title c-desc" focusable="false"><title id="c-title">A &lt;b&gt;</title><desc id="c-desc">D &amp; E</desc><g/></svg>',
    );
  });
});

/** Static imports reachable from a built module: what loads before any command runs. */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  // Minified modules put every import on one line.
  for (const m of text.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?\s*from\s*)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) staticImports(resolve(dirname(entry), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('the report charts are drawn without a charting library', () => {
  const dist = join(repoRoot, 'dist');
  it.runIf(requireTool('the built dist/ (npm run build)', existsSync(join(dist, 'cli.js'))))(
    'the CLI and the report command reach no chart package, and the chart modules import only the repository',
    () => {
      // The bundle keeps the charts in a chunk of their own, named after their module.
      const chartsChunk = readdirSync(join(dist, 'chunks')).find((f) => /^charts-.*\.js$/.test(f));
      expect(chartsChunk, 'a charts chunk in dist/chunks').toBeDefined();
      const chartsFile = join('chunks', chartsChunk ?? 'charts.js');
      for (const entry of [
        'cli.js',
        'commands/score/index.js',
        'commands/plan/index.js',
        'commands/vendors/index.js',
        'commands/report/index.js',
        chartsFile,
      ]) {
        const reached = [...staticImports(join(dist, entry))];
        expect(
          reached.filter((s) => /^(vega|d3)/.test(s)),
          entry,
        ).toEqual([]);
      }
      const charts = [...staticImports(join(dist, chartsFile))];
      expect(charts.length, 'modules the charts reach').toBeGreaterThan(1);
      expect(
        charts.filter((s) => !s.startsWith('/') && !s.startsWith('node:')),
        'packages imported by the charts',
      ).toEqual([]);
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(Object.keys(pkg.dependencies).filter((d) => /^(vega|d3)/.test(d))).toEqual([]);
    },
  );

  it('the detector sees a static import when there is one', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'outsource-imports-'));
    writeFileSync(join(tmp, 'a.js'), "import { x } from './b.js';\n");
    writeFileSync(join(tmp, 'b.js'), "import * as vega from 'vega';\nexport const x = vega;\n");
    expect([...staticImports(join(tmp, 'a.js'))]).toContain('vega');
    rmSync(tmp, { recursive: true, force: true });
  });
});
