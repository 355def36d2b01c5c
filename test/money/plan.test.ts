import { describe, expect, it } from 'vitest';
import { programmeCash, type CaseItem } from '../../src/core/money/programme.js';
import type { BusinessCase } from '../../src/core/money/business-case.js';
import { runInProcess } from '../helpers/cli.js';

const kase = (transition: number, annual_saving: number, exit = 0, term_years = 1): BusinessCase => ({
  currency: 'EUR',
  in_house_annual: 0,
  vendor_annual: 0,
  governance: 0,
  transition,
  exit,
  annual_saving,
  payback_months: null,
  npv: 100,
  break_even_vendor_annual: 0,
  governance_share: 0,
  term_years,
  discount_rate: 0,
  basis: [],
});

describe('programme cash by month', () => {
  it('adds transitions at each wave start and a twelfth of the saving a month, by hand', () => {
    // a: wave 1, transition 1,200, saving 2,400 a year (200 a month), exit 300 in month 12.
    // b: wave 2 (starts in month 4 with 3-month waves), transition 600, saving 1,200 (100 a month), months 4-15.
    const items: CaseItem[] = [
      { process: 'a', wave: 1, vendor: 'v1', case: kase(1_200, 2_400, 300) },
      { process: 'b', wave: 2, vendor: 'v2', case: kase(600, 1_200) },
    ];
    const p = programmeCash(items, 3);
    if (!p) throw new Error('no programme');
    // month 1: -1,200 + 200 = -1,000; 2: -800; 3: -600; 4: -600 + 200 - 600 + 100 = -900 ... +300 a month after
    expect(p.total.cumulative.slice(0, 5)).toEqual([-1_000, -800, -600, -900, -600]);
    expect(p.total.cumulative).toHaveLength(15);
    // months 5-11: -600 + 300 × k; month 7 is the first at 0; month 12 pays the exit (+300 - 300): 1,500 - 0
    expect(p.total.cumulative[6]).toBe(0);
    expect(p.total.payback_month).toBe(7);
    expect(p.total).toMatchObject({ transition: 1_800, annual_saving: 3_600, npv: 200 });
    expect(p.waves.map((w) => [w.key, w.transition, w.payback_month])).toEqual([
      ['wave 1', 1_200, 6],
      ['wave 2', 600, 9],
    ]);
    expect(p.vendors.map((v) => v.key)).toEqual(['v1', 'v2']);
    expect(programmeCash([], 6)).toBeNull();
  });

  it('never pays back when the cash ends below 0', () => {
    const p = programmeCash([{ process: 'a', wave: 1, case: kase(1_000, -12) }], 6);
    expect(p?.total.payback_month).toBeNull();
  });
});

describe('plan with money', () => {
  it('the roadmap ends with totals per wave and per vendor and the cash by month; check still reads it', async () => {
    const r = await runInProcess(['plan', 'examples/agency.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Business case (EUR)');
    expect(r.stdout).toMatch(/# {3}wave 1 +€167,000 +€386,357 +€820,741 +month 6/);
    expect(r.stdout).toMatch(/# {3}tbd-onshore +€18,000 /);
    expect(r.stdout).toMatch(/# {3}programme +€258,000 +€540,278 +€1,118,473 +month 8/);
    expect(r.stdout).toContain('# No business case yet: web-maintenance');
    expect(r.stdout).toMatch(/# {3}months 1-6: -€134,804, /);
  });

  it('a roadmap without money is drafted as before', async () => {
    const r = await runInProcess(['plan', 'examples/it-services.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Business case');
  });
});
