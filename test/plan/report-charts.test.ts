/**
 * The report's charts, drawn as plain SVG: step order whatever the counts,
 * labels that read (WCAG contrast of at least 4.5:1, computed), accessible
 * title and description, escaped text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { buildReport, type ReportData } from '../../src/core/report/model.js';
import { reportCharts } from '../../src/reporters/report/charts.js';
import { contrastRatio, labelColourOn, relativeLuminance } from '../../src/reporters/report/colour-contrast.js';
import { FUNNEL_OUTCOMES, funnelChart } from '../../src/reporters/report/funnel-chart.js';
import { matrixChart } from '../../src/reporters/report/matrix-chart.js';
import { linearScale, niceTicks } from '../../src/reporters/report/svg-kit.js';
import { defaultMethod } from '../helpers/method.js';
import { example, fixture } from '../helpers/paths.js';

const method = defaultMethod();

function reportOf(path: string): ReportData {
  const loaded = loadInventory(readFileSync(path, 'utf8'), path, method);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return buildReport(loaded.value, evaluateInventory(loaded.value, method), method);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Bars top to bottom: the step each shows, from its data attribute and its y position. */
function barOrder(svg: string): number[] {
  const bars = [...svg.matchAll(/<g class="bar" data-step="(\d)">[\s\S]*?<rect([^>]*)\/>/g)].map((m) => ({ step: Number(m[1]), y: Number(attr(m[2]!, 'y')) }));
  return bars.sort((a, b) => a.y - b.y).map((b) => b.step);
}

/** Each label drawn on a coloured mark, with the colour of that mark. */
function labelsOnMarks(svg: string): { label: string; text: string; background: string }[] {
  const out: { label: string; text: string; background: string }[] = [];
  for (const m of svg.matchAll(/<g class="segment"[^>]*>[\s\S]*?<rect([^>]*)\/>(<text([^>]*)>([^<]*)<\/text>)?<\/g>/g)) {
    if (m[2]) out.push({ label: m[4]!, text: attr(m[3]!, 'fill')!, background: attr(m[1]!, 'fill')! });
  }
  const marks = [...svg.matchAll(/<(circle|rect) class="point"([^>]*)>/g)].map((m) => {
    const a = m[2]!;
    const centre =
      m[1] === 'circle'
        ? [Number(attr(a, 'cx')), Number(attr(a, 'cy'))]
        : [Number(attr(a, 'x')) + Number(attr(a, 'width')) / 2, Number(attr(a, 'y')) + Number(attr(a, 'height')) / 2];
    return { centre, fill: attr(a, 'fill')! };
  });
  for (const m of svg.matchAll(/<text class="rank"([^>]*)>([^<]*)<\/text>/g)) {
    const [x, y] = [Number(attr(m[1]!, 'x')), Number(attr(m[1]!, 'y'))];
    const under = marks.find((k) => Math.abs(k.centre[0]! - x) < 0.2 && Math.abs(k.centre[1]! - y) < 0.2);
    expect(under, `rank ${m[2]} sits on its own mark`).toBeDefined();
    out.push({ label: m[2]!, text: attr(m[1]!, 'fill')!, background: under!.fill });
  }
  return out;
}

/** Text drawn straight on the chart's white background: axes, legends, step names, quadrant names. */
function labelsOnWhite(svg: string): { label: string; text: string }[] {
  const bare = svg.replace(/<g class="segment"[\s\S]*?<\/g>/g, '').replace(/<text class="rank"[^>]*>[^<]*<\/text>/g, '');
  return [...bare.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ label: m[2]!, text: attr(m[1]!, 'fill')! }));
}

describe('WCAG contrast', () => {
  it('computes the reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('picks the label colour that reads: dark on pale grey, white on dark blue', () => {
    expect(labelColourOn('#d9d9d9')).toBe('#111111');
    expect(labelColourOn('#2f6f9f')).toBe('#ffffff');
    // The old white-on-pale-grey label: unreadable.
    expect(contrastRatio('#ffffff', '#d9d9d9')).toBeLessThan(4.5);
  });

  it('every colour of the funnel has a label colour of at least 4.5:1', () => {
    for (const o of FUNNEL_OUTCOMES) expect(contrastRatio(labelColourOn(o.colour), o.colour), o.label).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the funnel chart', () => {
  it('draws steps 3, 4 and 5 top to bottom when the steps have different numbers of outcomes', () => {
    const data = reportOf(fixture('plan', 'funnel-uneven.yaml'));
    const segments = data.funnel.map((s) => [s.passed, s.crossedOut, s.undecided].filter((n) => n > 0).length);
    expect(segments).toEqual([2, 1, 3]);
    expect(barOrder(funnelChart(data).svg)).toEqual([3, 4, 5]);
  });

  it('keeps step order even when the data comes in another order', () => {
    const data = reportOf(fixture('plan', 'funnel-uneven.yaml'));
    const shuffled = { ...data, funnel: [data.funnel[2]!, data.funnel[0]!, data.funnel[1]!] };
    expect(barOrder(funnelChart(shuffled).svg)).toEqual([3, 4, 5]);
  });

  it('stacks passed, then crossed out, then undecided, with the counts as labels', () => {
    const svg = funnelChart(reportOf(example('agency.yaml'))).svg;
    const step5 = /<g class="bar" data-step="5">([\s\S]*?)<\/g><\/g>(?!<g class="segment")/.exec(svg)?.[1] ?? '';
    const outcomes = [...step5.matchAll(/data-outcome="(\w+)"/g)].map((m) => m[1]);
    expect(outcomes).toEqual(['passed', 'defer', 'undecided']);
    expect(labelsOnMarks(svg).map((l) => l.label)).toEqual(['20', '4', '17', '2', '1', '13', '3', '1']);
  });

  it('has every label at 4.5:1 or more, on the marks and on the background', () => {
    for (const file of [example('agency.yaml'), fixture('plan', 'funnel-uneven.yaml'), example('it-services.yaml')]) {
      for (const chart of reportCharts(reportOf(file))) {
        const onMarks = labelsOnMarks(chart.svg);
        const onWhite = labelsOnWhite(chart.svg);
        expect(onMarks.length + onWhite.length).toBeGreaterThan(10);
        for (const l of onMarks)
          expect(contrastRatio(l.text, l.background), `${chart.id} "${l.label}" ${l.text} on ${l.background}`).toBeGreaterThanOrEqual(4.5);
        for (const l of onWhite) expect(contrastRatio(l.text, '#ffffff'), `${chart.id} "${l.label}" ${l.text}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('the contrast check catches a white label on pale grey', () => {
    const bad =
      '<g class="segment" data-outcome="undecided"><rect x="1" y="1" width="30" height="30" fill="#d9d9d9"/><text x="1" y="1" fill="#ffffff">1</text></g>';
    const [l] = labelsOnMarks(bad);
    expect(contrastRatio(l!.text, l!.background)).toBeLessThan(4.5);
  });
});

describe('the charts as SVG', () => {
  const data = reportOf(example('agency.yaml'));

  it('are accessible images: role, title and description first, a legend and axis titles', () => {
    for (const chart of reportCharts(data)) {
      expect(chart.svg).toMatch(
        new RegExp(
          `^<svg [^>]*role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc"[^>]*><title id="${chart.id}-title">[^<]+</title><desc id="${chart.id}-desc">[^<]+</desc>`,
        ),
      );
      expect(chart.svg).not.toMatch(/<script|xmlns|https?:|\bon\w+=/i);
      expect(chart.svg).toContain('class="legend"');
    }
    const [funnel, matrix] = reportCharts(data);
    expect(funnel!.svg).toContain('>processes reaching the step</text>');
    expect(matrix!.svg).toContain('>ease of hand-over →</text>');
    expect(matrix!.svg).toContain('>value of outsourcing →</text>');
    for (const q of ['QUICK WINS', 'MAJOR PROJECTS', 'FILL-INS', 'RECONSIDER']) expect(matrix!.svg).toContain(`>${q}</text>`);
  });

  it('draws one mark per candidate, sized by hours, grey squares without a volume', () => {
    const svg = matrixChart(data).svg;
    expect(svg.match(/<circle class="point"/g)).toHaveLength(data.matrix.filter((p) => p.hours !== null).length);
    expect(svg.match(/<rect class="point"/g)).toHaveLength(data.matrix.filter((p) => p.hours === null).length);
    const r = (rank: number) => Number(new RegExp(`<circle class="point"[^>]*r="([\\d.]+)"[^>]*><title>#${rank} `).exec(svg)?.[1]);
    expect(r(1)).toBeGreaterThan(r(11)); // 420 hours against fewer
  });

  it('escapes ids in the description and the tooltips', () => {
    const hostile = { ...data, matrix: data.matrix.map((p, i) => (i === 0 ? { ...p, id: '<script>x</script>' } : p)) };
    const svg = matrixChart(hostile).svg;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('draws an empty inventory without failing', () => {
    const empty = { ...data, total: 0, funnel: data.funnel.map((s) => ({ ...s, entered: 0, passed: 0, crossedOut: 0, undecided: 0 })), matrix: [] };
    expect(reportCharts(empty)).toHaveLength(1);
    expect(reportCharts(empty)[0]!.svg).not.toContain('NaN');
  });

  it('the same data gives the same bytes', () => {
    expect(reportCharts(data).map((c) => c.svg)).toEqual(reportCharts(reportOf(example('agency.yaml'))).map((c) => c.svg));
  });
});

describe('svg-kit', () => {
  it('scales linearly, also upside down', () => {
    const y = linearScale([0, 100], [400, 0]);
    expect([y(0), y(50), y(100)]).toEqual([400, 200, 0]);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });

  it('picks round ticks', () => {
    expect(niceTicks(0, 24, 12, { integers: true })).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(niceTicks(40, 100, 12)).toEqual([40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]);
    expect(niceTicks(0, 3, 12, { integers: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 420, 4)).toEqual([0, 200, 400]);
  });
});
