/** Three capital letters, as ISO 4217 writes them. `currencyShape` (money/schema.ts) and the zod-free inventory check both use it. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Codes the running Node knows; a made-up code could not be formatted. */
const knownCurrencies = (): ReadonlySet<string> => {
  try {
    return new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return new Set();
  }
};
let currencies: ReadonlySet<string> | undefined;
const COMMON_CURRENCIES: ReadonlySet<string> = new Set(['EUR', 'USD', 'GBP']);

/** Whether Node can format this code (any code, when this Node cannot list them). */
export function isKnownCurrency(code: string): boolean {
  // Asking Intl loads ICU's data (about 12 ms): not for the codes everyone uses.
  if (COMMON_CURRENCIES.has(code)) return true;
  currencies ??= knownCurrencies();
  return currencies.size === 0 || currencies.has(code);
}
