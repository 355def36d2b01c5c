/** `report --roadmap`: the roadmap's waves as a timeline, its vendors and its SLAs; and the references, cited by title. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roadmapView } from '../../src/core/report/roadmap-view.js';
import { waveTimelineSvg } from '../../src/reporters/report/wave-timeline.js';
import { runBin, runInProcess } from '../helpers/cli.js';
import { example } from '../helpers/paths.js';

const CHROMIUM = '/usr/bin/chromium';

describe('report --roadmap (in process)', () => {
  let html: string;
  beforeAll(async () => {
    const r = await runInProcess(['report', example('agency.yaml'), '--roadmap', example('roadmap.yaml'), '--format', 'html']);
    expect(r.code).toBe(0);
    html = r.stdout;
  });

  it('adds the waves as a timeline, in wave order, with every item in a table', () => {
    const svg = /<svg[^>]*id="wave-timeline"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    const waves = [...svg.matchAll(/>Wave (\d+): (\d+) process/g)].map((m) => Number(m[1]));
    expect(waves.length).toBeGreaterThan(1);
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    expect(html).toMatch(
      /<caption>Every item, by wave<\/caption>[\s\S]*<td>1<\/td><td>Ad adaptations across print and digital formats \(<code>ad-adaptations<\/code>\)<\/td><td>PixelHub Studios, offshore production hub<\/td><td>resource-support<\/td><td>offshore<\/td>/,
    );
    expect(html.indexOf('id="waves"')).toBeGreaterThan(html.indexOf('id="shortlist"'));
    expect(html).toContain('<li><a href="#waves">Waves</a></li>');
  });

  it('lists the vendors with their scope and their processes, and every SLA with baseline and target', () => {
    expect(html).toMatch(
      /<td>SearchWise \(<code>searchwise<\/code>\)<\/td><td>search engine optimisation of client sites<\/td><td>Search engine optimisation for client sites<\/td>/,
    );
    expect(html).toMatch(
      /<td>Monthly client newsletters<\/td><td>BrightDesk, nearshore digital team<\/td><td>on-time delivery<\/td><td>%<\/td><td>91<\/td><td>98<\/td>/,
    );
  });

  it('ends with the references, cited by title, never by file number', () => {
    expect(html).toMatch(/<h2 id="references-h">References<\/h2>[\s\S]*<cite>What Internet Marketing Task To Outsource\?<\/cite>/);
    expect(html).not.toMatch(/seed 00\d|seeds 000/);
  });

  it('Markdown has the same sections', async () => {
    const r = await runInProcess(['report', example('agency.yaml'), '--roadmap', example('roadmap.yaml')]);
    expect(r.stdout).toMatch(/## Hand-over waves: Northlight Creative outsourcing roadmap\n/);
    expect(r.stdout).toMatch(/\*\*Wave 1\*\* \([^)]*Ad adaptations/);
    expect(r.stdout).toMatch(/\| Monthly client newsletters \| BrightDesk, nearshore digital team \| on-time delivery \| % \| 91 \| 98 \|/);
    expect(r.stdout).toMatch(/## References\n/);
  });

  it('escapes hostile names in the timeline and says what has no SLA', () => {
    const view = roadmapView(
      {
        inventory: 'x.yaml',
        items: [{ process: 'a', vendor: 'v', wave: 2, engagement: 'project-support', location: 'onshore', slas: null }],
        vendors: { v: { name: '<script>alert(1)</script>\u001b[31m' } },
      },
      'road.yaml',
      { processes: [{ id: 'a', name: 'A & "B"', answers: {} }] },
    );
    const svg = waveTimelineSvg(view);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\u001b');
    expect(svg).toContain('A &amp; &quot;B&quot;');
    expect(view.withoutSlas).toEqual(['A & "B"']);
  });

  it('refuses a broken roadmap with its position', async () => {
    const r = await runInProcess(['report', example('agency.yaml'), '--roadmap', example('agency.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/agency\.yaml:\d+:\d+: /);
  });
});

describe.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('report --roadmap in headless Chromium', () => {
  let dir: string;
  let dom: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-roadmap-browser-'));
    const page = join(dir, 'report.html');
    const r = await runBin(['report', example('agency.yaml'), '--roadmap', example('roadmap.yaml'), '--html', page]);
    expect(r.code).toBe(0);
    const flags = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`,
      '--dump-dom',
    ];
    dom = await new Promise((resolve, reject) =>
      execFile(CHROMIUM, [...flags, pathToFileURL(page).href], { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (e, out) =>
        e ? reject(new Error(`chromium failed: ${e.message}`)) : resolve(out),
      ),
    );
    expect(readFileSync(page, 'utf8')).toContain('id="wave-timeline"');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses the timeline as SVG inside its figure, and shows the three sections and the references', () => {
    expect(dom).toMatch(/<figure aria-labelledby="wave-timeline-caption">\s*<svg[^>]*id="wave-timeline"/);
    expect(dom).toMatch(/<svg[^>]*id="wave-timeline"[\s\S]*?<\/svg>\s*<figcaption/);
    for (const id of ['waves', 'vendors', 'sla-targets', 'references']) expect(dom).toContain(`<section id="${id}"`);
    const text = dom.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/Wave 1: \d+ processes/);
    expect(text).toContain('Service levels');
    expect(text).toContain('What Internet Marketing Task To Outsource?');
  });
});
