import { enFixed, enMoney } from './en-decimal.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount in its currency, rounded to cents only here, for the reader: "€12,345.68". */
export function formatMoney(amount: number, currency: string, cents = true): string {
  // -0 would print as "-€0.00".
  const plain = enMoney(amount === 0 ? 0 : amount, currency, cents);
  if (plain !== undefined) return plain;
  const key = `${currency}:${cents}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en', { style: 'currency', currency, ...(cents ? {} : { maximumFractionDigits: 0, minimumFractionDigits: 0 }) });
    formatters.set(key, f);
  }
  return f.format(amount === 0 ? 0 : amount);
}

/** Made once: an Intl formatter costs far more to build than to use, and reports format thousands of amounts. */
let shareFormat: Intl.NumberFormat | undefined;

/** 0.06 as "6 %". */
export const formatShare = (share: number): string => `${(shareFormat ??= new Intl.NumberFormat('en', { maximumFractionDigits: 2 })).format(share * 100)} %`;

/** Payback in months, one decimal; "never" when the saving does not pay the transition back. */
export const formatPayback = (months: number | null): string =>
  months === null
    ? 'never'
    : `${enFixed(months, 1) ?? new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(months)} months`;
