import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { buildReport } from '../../src/core/report/model.js';
import { cashChartSvg, moneySectionHtml } from '../../src/reporters/report/money.js';
import { runInProcess } from '../helpers/cli.js';
import { defaultMethod } from '../helpers/method.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const method = defaultMethod();
const load = (file: string) => {
  const r = loadInventory(readFileSync(join(repoRoot, file), 'utf8'), file, method);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return buildReport(r.value, evaluateInventory(r.value, method), method);
};

describe('report with money', () => {
  it('has a per-process table, totals per wave and a cumulative-cash chart when the programme pays back', () => {
    const data = load('examples/agency.yaml');
    expect(data.money?.rows.map((r) => r.id)).toContain('ad-adaptations');
    expect(data.money?.programme.total.payback_month).toBe(8);
    const html = moneySectionHtml(data);
    expect(html).toContain('<h2 id="business-case-h">Business case (EUR)</h2>');
    expect(html).toContain('<svg');
    expect(html).toContain('pays back, month 8');
    expect(html).toMatch(
      /<th scope="row">Ad adaptations across print and digital formats <code>ad-adaptations<\/code><\/th><td class="num">1<\/td><td class="num">€292,320<\/td>/,
    );
    expect(html).toContain('default 6 %, from Blunden and Thirlwell');
    expect(html).toContain('No business case yet for <code>web-maintenance</code>');
  });

  it('draws no chart when the programme does not pay back, and says so', () => {
    const data = load('examples/agency.yaml');
    if (!data.money) throw new Error('no money');
    const total = { ...data.money.programme.total, payback_month: null, cumulative: [-10, -5, -1] };
    const html = moneySectionHtml({ ...data, money: { ...data.money, programme: { ...data.money.programme, total } } });
    expect(html).not.toContain('<svg');
    expect(html).toContain('does not pay back within the terms: cumulative cash ends at -€1');
  });

  it('the chart is plain SVG: a labelled line from the first month to the last', () => {
    const svg = cashChartSvg(
      { key: 'programme', processes: [], transition: 0, annual_saving: 0, npv: 0, cumulative: [-100, 50, 200], payback_month: 2 },
      'EUR',
    );
    expect(svg).toMatch(/^<svg viewBox="0 0 720 260"/);
    expect(svg).toContain('aria-label="Cumulative cash of the programme over 3 months, from -€100 in month 1 to €200 in month 3"');
    expect(svg.match(/<polyline points="([^"]+)"/)?.[1]?.split(' ')).toHaveLength(4);
  });

  it('markdown shows the section; an inventory without money has none', async () => {
    const md = await runInProcess(['report', 'examples/agency.yaml']);
    expect(md.stdout).toContain('## Business case (EUR)');
    expect(md.stdout).toContain('the programme pays back in month 8');
    const plain = await runInProcess(['report', 'examples/it-services.yaml']);
    expect(plain.stdout).not.toContain('Business case');
    expect(load('examples/it-services.yaml').money).toBeUndefined();
  });
});
