/**
 * Numbers as `Intl.NumberFormat('en')` writes them, for the few shapes the
 * tables use, without Intl: the first Intl formatter of a process loads ICU's
 * locale data, about 12 ms of a command that takes 100. Like ICU, it rounds
 * the shortest decimal form of the number (what String(x) gives) half away
 * from zero. undefined where Intl must decide (exponents, huge numbers).
 */
export function enFixed(x: number, digits: number): string | undefined {
  if (!Number.isFinite(x)) return undefined;
  const negative = x < 0 || Object.is(x, -0);
  const shortest = String(Math.abs(x));
  if (shortest.includes('e') || Math.abs(x) >= 1e15) return undefined;
  const [whole = '0', fraction = ''] = shortest.split('.');
  let units = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if ((fraction.charCodeAt(digits) || 0) >= 53) units += 1n;
  const text = units.toString().padStart(digits + 1, '0');
  const int = text.slice(0, text.length - digits);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${digits > 0 ? `.${text.slice(-digits)}` : ''}`;
}

/** The symbols `en` puts before an amount, for the currencies most inventories use; others go through Intl. */
export const EN_CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

/** "-€1,234.57" as Intl writes it in `en`; undefined for other currencies and for what enFixed leaves to Intl. */
export function enMoney(amount: number, currency: string, cents: boolean): string | undefined {
  const symbol = Object.hasOwn(EN_CURRENCY_SYMBOLS, currency) ? EN_CURRENCY_SYMBOLS[currency] : undefined;
  const number = symbol === undefined ? undefined : enFixed(amount, cents ? 2 : 0);
  if (number === undefined) return undefined;
  return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
}
