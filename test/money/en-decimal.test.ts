/**
 * Amounts and months are written without Intl for the common cases (Intl's
 * first formatter loads ICU's locale data); they must read exactly as Intl
 * writes them, halfway cases included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enFixed, enMoney } from '../../src/core/money/en-decimal.js';
import { formatMoney, formatPayback } from '../../src/core/money/format.js';

const intlFixed = (x: number, digits: number) => new Intl.NumberFormat('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
const intlMoney = (x: number, currency: string, cents: boolean) =>
  new Intl.NumberFormat('en', { style: 'currency', currency, ...(cents ? {} : { maximumFractionDigits: 0, minimumFractionDigits: 0 }) }).format(x);

/** Doubles of every size, and decimals that end in 5 just past the rounding digit. */
const amount = fc.oneof(
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100 + 0.005),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 10 + 0.05),
  fc.constantFrom(0, -0, 0.5, 1.005, 2.675, -0.125, 999.995, 1e15, -1e-7, 1e21, Infinity),
);

describe('numbers written as Intl writes them in en', () => {
  it('fixed decimals, grouped: the same text as Intl, or left to Intl', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(0, 1, 2), (x, digits) => {
        const mine = enFixed(x, digits);
        if (mine !== undefined) expect(mine).toBe(intlFixed(x, digits));
      }),
      { numRuns: 20_000 },
    );
    expect(enFixed(1234567.891, 1)).toBe('1,234,567.9');
  });

  it('amounts in euros, dollars and pounds, with and without cents; other currencies through Intl', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('EUR', 'USD', 'GBP'), fc.boolean(), (x, currency, cents) => {
        const mine = enMoney(x, currency, cents);
        if (mine !== undefined) expect(mine).toBe(intlMoney(x, currency, cents));
      }),
      { numRuns: 20_000 },
    );
    expect(enMoney(-1234.565, 'EUR', true)).toBe('-€1,234.57');
    expect(enMoney(12, 'CHF', true)).toBeUndefined();
    expect(formatMoney(12, 'CHF')).toBe(intlMoney(12, 'CHF', true));
    expect(formatMoney(-0, 'EUR')).toBe('€0.00');
    expect(formatPayback(13.25)).toBe('13.3 months');
    expect(formatPayback(null)).toBe('never');
  });
});
