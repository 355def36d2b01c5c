/**
 * The funnel and the matrix as Chromium draws them: bars top to bottom in
 * step order on an inventory whose steps have different numbers of outcomes,
 * and every label on a mark at 4.5:1 or more against the colour the browser
 * actually paints under it (found with elementsFromPoint, not from our SVG).
 * Under CI=true a missing Chromium fails this file instead of skipping it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/reporters/report/colour-contrast.js';
import { chromium, hasChromium } from '../helpers/chromium.js';
import { runBin } from '../helpers/cli.js';
import { fixture } from '../helpers/paths.js';

interface Measured {
  bars: { step: string; top: number }[];
  labels: { chart: string; label: string; colour: string; under: string; underTag: string }[];
}

/** Runs in the page: where the bars are, and what colour each label and the mark under its centre have. */
const PROBE = `<script>
const hex = (rgb) => '#' + rgb.match(/\\d+/g).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
const bars = [...document.querySelectorAll('#funnel-chart-title')].length === 0 ? [] :
  [...document.querySelectorAll('svg g.bar')].map((g) => ({ step: g.getAttribute('data-step'), top: g.querySelector('rect').getBoundingClientRect().top }));
const labels = [];
for (const t of document.querySelectorAll('svg g.segment text, svg text.rank')) {
  const box = t.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const under = document.elementsFromPoint(x, y).find((e) => e !== t && (e.tagName === 'rect' || e.tagName === 'circle') && !e.classList.contains('background'));
  labels.push({ chart: t.closest('svg').querySelector('title').id, label: t.textContent, colour: hex(getComputedStyle(t).fill), under: under ? hex(getComputedStyle(under).fill) : 'none', underTag: under ? under.tagName : 'none' });
}
const out = document.createElement('pre');
out.id = 'probe';
out.textContent = JSON.stringify({ bars, labels });
document.body.append(out);
</script>`;

describe.skipIf(!hasChromium && process.env.CI !== 'true')('the report charts in headless Chromium', () => {
  let dir: string;
  let measured: Measured;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-charts-'));
    const page = join(dir, 'report.html');
    const r = await runBin(['report', fixture('plan', 'funnel-uneven.yaml'), '--html', page]);
    expect(r.code).toBe(0);
    // The report has no script of its own; the probe is added to a copy, for this test only.
    const probed = join(dir, 'probed.html');
    writeFileSync(probed, readFileSync(page, 'utf8').replace('</body>', `${PROBE}</body>`));
    const dom = await chromium(dir, ['--dump-dom', '--window-size=1200,2000'], probed);
    const json = /<pre id="probe">([^<]*)<\/pre>/.exec(dom)?.[1];
    expect(json, 'the probe ran').toBeDefined();
    measured = JSON.parse(json!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Measured;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws steps 3, 4 and 5 top to bottom although they have 2, 1 and 3 outcomes', () => {
    expect(measured.bars).toHaveLength(3);
    expect([...measured.bars].sort((a, b) => a.top - b.top).map((b) => b.step)).toEqual(['3', '4', '5']);
  });

  it('paints every label on a mark at a contrast of 4.5:1 or more', () => {
    const funnel = measured.labels.filter((l) => l.chart === 'funnel-chart-title');
    expect(funnel.map((l) => l.label)).toEqual(['6', '1', '6', '2', '3', '1']);
    expect(measured.labels.filter((l) => l.chart === 'matrix-chart-title').length).toBe(2);
    for (const l of measured.labels) {
      expect(l.underTag, `"${l.label}" sits on a mark`).not.toBe('none');
      expect(contrastRatio(l.colour, l.under), `"${l.label}" ${l.colour} on ${l.under}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
