/**
 * The HTML report opened in headless Chromium (Debian's /usr/bin/chromium;
 * .ci/run installs it): the page renders, reads as it should, and fetches
 * nothing, judged both from the DOM and from Chromium's own network log.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, hasChromium } from '../helpers/chromium.js';
import { runBin } from '../helpers/cli.js';
import { example } from '../helpers/paths.js';

/** Everything in a DOM that would make a browser fetch something. */
function networkReferences(dom: string): string[] {
  const found: string[] = [];
  for (const m of dom.matchAll(/<(script|link|img|iframe|object|embed|video|audio|source|track|base|frame)\b[^>]*>/gi)) found.push(`<${m[1]!.toLowerCase()}>`);
  for (const m of dom.matchAll(/\s(src|href|xlink:href|srcset|action|formaction|poster|data|background)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = (m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (!value.startsWith('#')) found.push(`${m[1]}=${value}`);
  }
  // url(...) in a stylesheet or a style attribute; escaped user text (&lt;style&gt;) is not CSS.
  const css = [...dom.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).concat([...dom.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)].map((m) => m[1]));
  for (const block of css) for (const m of (block ?? '').matchAll(/url\(\s*['"]?([^'")]*)/gi)) found.push(`url(${m[1]})`);
  for (const block of css) if (/@import/i.test(block ?? '')) found.push('@import');
  return found;
}

/** Requests the page made, from Chromium's net log; Chromium's own background requests have no initiating origin. */
function pageRequests(netLogPath: string): string[] {
  const log = JSON.parse(readFileSync(netLogPath, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url && e.params.initiator !== 'not an origin').map((e) => e.params!.url!);
}

const text = (dom: string) =>
  dom
    .replace(/<(style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
  let dir: string;
  let page: string;
  let dom: string;
  let netLog: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-browser-'));
    page = join(dir, 'report.html');
    const r = await runBin(['report', example('agency.yaml'), '--html', page]);
    expect(r.code).toBe(0);
    netLog = join(dir, 'net.json');
    dom = await chromium(dir, [`--log-net-log=${netLog}`, '--dump-dom'], page);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the funnel, the matrix, the shortlist and the explanations', () => {
    const t = text(dom);
    expect(t).toContain('Outsourcing report: Northlight Creative');
    expect(t).toContain('24 processes assessed');
    expect(t).toMatch(/Step 3: Cross out what you need not outsource 24 4 0 20/);
    expect(t).toContain('Priority matrix');
    expect(t).toMatch(/1 Ad adaptations across print and digital formats ad-adaptations creative production 100\.0 1 1 resource-support/);
    expect(t).toContain('Every verdict explained');
    expect(t).toContain('Influencer outreach and seeding');
    // The funnel, the matrix and (the example gives money) the cumulative cash of the business case.
    expect(dom.match(/<svg\b[^>]*role="img"/g)).toHaveLength(3);
    expect(t).toContain('Business case (EUR)');
    expect(dom).toContain('<title id="funnel-chart-title">');
  });

  it('loads nothing from the network: no references in the DOM, no requests in the net log', () => {
    expect(networkReferences(dom)).toEqual([]);
    expect(pageRequests(netLog)).toEqual([]);
  });

  it('renders a screenshot', async () => {
    const shot = join(dir, 'shot.png');
    await chromium(dir, [`--screenshot=${shot}`, '--window-size=1200,1600'], page);
    const png = readFileSync(shot);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(statSync(shot).size).toBeGreaterThan(30_000); // a blank page compresses to a few kB
  }, 120_000);

  it('would notice a page that fetches something (the checks can fail)', async () => {
    const bad = join(dir, 'bad.html');
    writeFileSync(
      bad,
      '<!doctype html><html><head><link rel="stylesheet" href="http://127.0.0.1:9/a.css"><style>body{background:url(http://127.0.0.1:9/b.png)}</style></head><body><img src="http://127.0.0.1:9/c.png"></body></html>',
    );
    const log = join(dir, 'bad-net.json');
    const badDom = await chromium(dir, [`--log-net-log=${log}`, '--dump-dom'], bad);
    expect(networkReferences(badDom)).toEqual(
      expect.arrayContaining(['<link>', '<img>', 'href=http://127.0.0.1:9/a.css', 'src=http://127.0.0.1:9/c.png', 'url(http://127.0.0.1:9/b.png)']),
    );
    expect(pageRequests(log).length).toBeGreaterThan(0);
  }, 120_000);
});
