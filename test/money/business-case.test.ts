import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { businessCase, moneyGap } from '../../src/core/money/business-case.js';
import { annualSavingOf, breakEvenVendorAnnual, npvOf, paybackMonths, type MoneyInputs } from '../../src/core/money/npv.js';
import { npvSwings } from '../../src/core/money/sensitivity.js';
import { formatMoney, formatPayback, formatShare } from '../../src/core/money/format.js';
import { defaultMethod } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';

const method = defaultMethod();

describe('business case formulas, on cases worked by hand', () => {
  // in-house 100,000; vendor 60,000; governance 10 % of 60,000 = 6,000;
  // saving 100,000 - 60,000 - 6,000 = 34,000 a year; transition 12,000.
  const a: MoneyInputs = {
    in_house_annual: 100_000,
    vendor_annual: 60_000,
    governance_share: 0.1,
    transition: 12_000,
    exit: 0,
    term_years: 3,
    discount_rate: 0,
  };

  it('saving, payback and undiscounted NPV', () => {
    expect(annualSavingOf(a)).toBe(34_000);
    // 12,000 / (34,000 / 12) = 144,000 / 34,000 = 4.2352941...
    expect(paybackMonths(a.transition, annualSavingOf(a))).toBeCloseTo(4.2352941176, 9);
    // -12,000 + 3 × 34,000 = 90,000
    expect(npvOf(a)).toBeCloseTo(90_000, 9);
  });

  it('discounts each year and the exit at the end of the term', () => {
    // r = 10 %: 1/1.1 + 1/1.21 + 1/1.331 = 0.9090909 + 0.8264463 + 0.7513148 = 2.4868520
    // NPV = -12,000 + 34,000 × 2.4868520 - 6,000 / 1.331 = -12,000 + 84,552.968 - 4,507.889 = 68,045.079
    expect(npvOf({ ...a, discount_rate: 0.1, exit: 6_000 })).toBeCloseTo(68_045.079, 2);
  });

  it('break-even vendor price: governance grows with the price', () => {
    // r = 0, exit 6,000: the saving must pay (12,000 + 6,000) / 3 = 6,000 a year,
    // so vendor × 1.1 = 100,000 - 6,000 = 94,000, vendor = 85,454.5454...
    const v = breakEvenVendorAnnual({ ...a, exit: 6_000 });
    expect(v).toBeCloseTo(85_454.545454, 5);
    expect(npvOf({ ...a, exit: 6_000, vendor_annual: v })).toBeCloseTo(0, 6);
  });

  it('never pays back when the saving is not positive', () => {
    // 50,000 - 50,000 - 5,000 = -5,000
    const b = { ...a, in_house_annual: 50_000, vendor_annual: 50_000 };
    expect(annualSavingOf(b)).toBe(-5_000);
    expect(paybackMonths(b.transition, annualSavingOf(b))).toBeNull();
    expect(paybackMonths(0, 0)).toBeNull();
    expect(npvOf(b)).toBe(-12_000 - 15_000);
  });
});

describe('businessCase(process, method, market)', () => {
  const market = { currency: 'EUR', rates: { in_house_hourly: 50, vendor_hourly: 40, seat_monthly: 4_000 } };

  it('derives costs from volume: seats for resource support', () => {
    // 300 h steady = 2.14 seats of 140 h, so 3 seats; in-house 300 × 12 × 50 = 180,000;
    // vendor 3 × 4,000 × 12 = 144,000; governance 6 % default = 8,640; saving 27,360.
    const c = businessCase(proc('a', passingAnswers(), { volume: { hours_per_month: 300, pattern: 'steady' }, cost: { transition: 20_000 } }), method, market);
    expect(c).toMatchObject({
      currency: 'EUR',
      in_house_annual: 180_000,
      vendor_annual: 144_000,
      transition: 20_000,
      exit: 0,
      term_years: 3,
      discount_rate: 0.08,
    });
    expect(c?.governance).toBeCloseTo(8_640, 9);
    expect(c?.annual_saving).toBeCloseTo(27_360, 9);
    // 20,000 / 2,280 = 8.7719...
    expect(c?.payback_months).toBeCloseTo(8.77193, 4);
    // 1/1.08 + 1/1.08² + 1/1.08³ = 2.5770970; -20,000 + 27,360 × 2.5770970 = 50,509.37
    expect(c?.npv).toBeCloseTo(50_509.37, 1);
    expect(c?.basis.find((b) => b.field === 'vendor_annual')?.how).toBe('3 seats × rates.seat_monthly 4000 × 12 (resource support)');
    expect(c?.basis.find((b) => b.field === 'governance_share')).toMatchObject({
      from: 'default',
      how: expect.stringMatching(/^default 6 %, from Blunden and Thirlwell/),
    });
  });

  it('derives costs from volume: hours for project support', () => {
    // seasonal 60 h: vendor 60 × 12 × 40 = 28,800; in-house 60 × 12 × 50 = 36,000; governance 1,728; saving 5,472
    const c = businessCase(proc('a', passingAnswers(), { volume: { hours_per_month: 60, pattern: 'seasonal' }, cost: { transition: 0 } }), method, market);
    expect(c?.vendor_annual).toBe(28_800);
    expect(c?.annual_saving).toBeCloseTo(5_472, 9);
    expect(c?.payback_months).toBe(0);
  });

  it('prefers given amounts, and says what is missing', () => {
    const given = businessCase(
      proc('a', passingAnswers(), {
        volume: { hours_per_month: 60, pattern: 'seasonal' },
        cost: { in_house_annual: 1, vendor_annual: 2, governance_share: 0 },
      }),
      method,
      market,
    );
    expect(given).toMatchObject({ in_house_annual: 1, vendor_annual: 2, annual_saving: -1, payback_months: null });
    expect(given?.basis.find((b) => b.field === 'transition')?.from).toBe('assumed');
    const bare = proc('b', passingAnswers());
    expect(businessCase(bare, method, market)).toBeNull();
    expect(moneyGap(bare, method, market)).toMatch(/^missing cost\.in_house_annual .* and cost\.vendor_annual/);
    expect(businessCase(bare, method, {})).toBeNull();
    const seats = proc('c', passingAnswers(), { volume: { hours_per_month: 300, pattern: 'steady' } });
    expect(moneyGap(seats, method, { currency: 'EUR', rates: { in_house_hourly: 50, vendor_hourly: 40 } })).toMatch(
      /rates\.seat_monthly: resource support is bought per seat/,
    );
  });

  it('names the input the NPV hangs on most', () => {
    const c = businessCase(proc('a', passingAnswers(), { cost: { in_house_annual: 100_000, vendor_annual: 60_000, transition: 12_000 } }), method, market);
    if (!c) throw new Error('no case');
    const swings = npvSwings(c);
    expect(swings[0]?.input).toBe('in_house_annual');
    expect(swings.map((s) => s.input)).toContain('term_years');
    expect(swings[0]?.npv_change).toBeGreaterThan(0);
  });
});

describe('business case properties', () => {
  const amount = fc.double({ min: 0, max: 1e7, noNaN: true });
  const inputs = fc.record({
    in_house_annual: amount,
    vendor_annual: amount,
    governance_share: fc.double({ min: 0, max: 1, noNaN: true }),
    transition: amount,
    exit: amount,
    term_years: fc.integer({ min: 1, max: 30 }),
    discount_rate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  });

  it('NPV falls as the vendor price rises', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 1, max: 1e6, noNaN: true }), (m, more) => {
        expect(npvOf({ ...m, vendor_annual: m.vendor_annual + more })).toBeLessThan(npvOf(m));
      }),
    );
  });

  it('at the break-even vendor price the NPV is 0', () => {
    fc.assert(
      fc.property(inputs, (m) => {
        const npv = npvOf({ ...m, vendor_annual: breakEvenVendorAnnual(m) });
        // Relative to the amounts involved: float rounding grows with them.
        const scale = Math.max(1, m.in_house_annual, m.transition, m.exit);
        expect(Math.abs(npv)).toBeLessThan(scale * 1e-9);
      }),
    );
  });

  it('payback is null exactly when the saving is <= 0', () => {
    fc.assert(
      fc.property(inputs, (m) => {
        const saving = annualSavingOf(m);
        expect(paybackMonths(m.transition, saving) === null).toBe(saving <= 0);
      }),
    );
  });
});

describe('printing money', () => {
  it('rounds to cents only when printing, in the currency', () => {
    expect(formatMoney(1234.5678, 'EUR')).toBe('€1,234.57');
    expect(formatMoney(-0, 'USD')).toBe('$0.00');
    expect(formatMoney(1234.5678, 'GBP', false)).toBe('£1,235');
    expect(formatShare(0.06)).toBe('6 %');
    expect(formatPayback(null)).toBe('never');
    expect(formatPayback(8.77193)).toBe('8.8 months');
  });
});
