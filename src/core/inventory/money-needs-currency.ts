import type { Diagnostic } from '../parse/diagnostics.js';
import type { Locator } from '../parse/zod-diagnostics.js';
import type { Inventory } from './types.js';

const AMOUNTS = ['in_house_annual', 'vendor_annual', 'transition', 'exit'] as const;

/**
 * An amount means nothing without its currency, and a business case that
 * silently mixed currencies would be wrong by the exchange rate: the first
 * amount of a file without `currency:` is refused where it stands.
 */
export function moneyWithoutCurrency(
  inventory: Pick<Inventory, 'currency' | 'rates' | 'processes'>,
  file: string,
  where: () => Locator,
): Diagnostic | undefined {
  if (inventory.currency !== undefined) return undefined;
  if (inventory.rates && Object.keys(inventory.rates).length > 0) {
    return {
      file,
      ...where().locate(['rates']),
      message: 'rates: amounts need a currency: add currency: (an ISO 4217 code such as EUR) at the top of the file',
    };
  }
  for (const [index, p] of inventory.processes.entries()) {
    const cost = p.cost;
    if (!cost) continue;
    const key = AMOUNTS.find((k) => cost[k] !== undefined);
    if (key !== undefined) {
      return {
        file,
        ...where().locate(['processes', index, 'cost', key]),
        message: `processes[${index}].cost.${key}: amounts need a currency: add currency: (an ISO 4217 code such as EUR) at the top of the file`,
      };
    }
  }
  return undefined;
}
