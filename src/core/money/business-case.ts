import { recommendEngagement } from '../engagement/engagement.js';
import type { Inventory, Process } from '../inventory/types.js';
import type { Method } from '../method.js';
import type { MoneyRules } from './schema.js';
import { DEFAULT_MONEY_RULES } from './defaults.js';
import { annualSavingOf, breakEvenVendorAnnual, governanceOf, npvOf, paybackMonths, type MoneyInputs } from './npv.js';

/** Where an input of the case came from: the inventory, a formula on volume and rates, the rules' default, or an assumption. */
export type Origin = 'given' | 'derived' | 'default' | 'assumed';

export interface Basis {
  field: keyof MoneyInputs;
  value: number;
  from: Origin;
  /** How it was obtained, in words (and numbers) a reader can check. */
  how: string;
}

/** The business case of one process; every amount in full precision, in `currency`. */
export interface BusinessCase {
  currency: string;
  in_house_annual: number;
  vendor_annual: number;
  governance: number;
  transition: number;
  exit: number;
  annual_saving: number;
  payback_months: number | null;
  npv: number;
  break_even_vendor_annual: number;
  governance_share: number;
  term_years: number;
  discount_rate: number;
  basis: Basis[];
}

/** The file-wide money of an inventory. */
export type Market = Pick<Inventory, 'currency' | 'rates'>;

type Derived = { ok: true; value: number; from: Origin; how: string } | { ok: false; missing: string };

const n = (x: number) => String(Math.round(x * 1e6) / 1e6);
const percent = (x: number) => `${n(x * 100)} %`;

function inHouse(process: Process, market: Market): Derived {
  const given = process.cost?.in_house_annual;
  if (given !== undefined) return { ok: true, value: given, from: 'given', how: 'cost.in_house_annual' };
  const hours = process.volume?.hours_per_month;
  const rate = market.rates?.in_house_hourly;
  if (hours !== undefined && rate !== undefined)
    return { ok: true, value: hours * 12 * rate, from: 'derived', how: `volume.hours_per_month ${n(hours)} × 12 × rates.in_house_hourly ${n(rate)}` };
  return { ok: false, missing: 'cost.in_house_annual (or volume.hours_per_month and rates.in_house_hourly)' };
}

function vendor(process: Process, market: Market, method: Method): Derived {
  const given = process.cost?.vendor_annual;
  if (given !== undefined) return { ok: true, value: given, from: 'given', how: 'cost.vendor_annual' };
  const engagement = recommendEngagement(process.volume, method.engagement);
  const hours = process.volume?.hours_per_month;
  if (engagement.model === 'resource-support' && engagement.seats !== null) {
    const seat = market.rates?.seat_monthly;
    if (seat === undefined) return { ok: false, missing: 'cost.vendor_annual (or rates.seat_monthly: resource support is bought per seat)' };
    return {
      ok: true,
      value: engagement.seats * seat * 12,
      from: 'derived',
      how: `${engagement.seats} ${engagement.seats === 1 ? 'seat' : 'seats'} × rates.seat_monthly ${n(seat)} × 12 (resource support)`,
    };
  }
  const rate = market.rates?.vendor_hourly;
  if (hours !== undefined && rate !== undefined)
    return {
      ok: true,
      value: hours * 12 * rate,
      from: 'derived',
      how: `volume.hours_per_month ${n(hours)} × 12 × rates.vendor_hourly ${n(rate)} (project support)`,
    };
  return { ok: false, missing: 'cost.vendor_annual (or volume.hours_per_month and rates.vendor_hourly or rates.seat_monthly)' };
}

/** Why a process has no business case, or undefined when it has one. */
export function moneyGap(process: Process, method: Method, market: Market): string | undefined {
  if (market.currency === undefined) return 'no currency: the inventory gives no money';
  const missing = [inHouse(process, market), vendor(process, market, method)].flatMap((d) => (d.ok ? [] : [d.missing]));
  return missing.length > 0 ? `missing ${missing.join(' and ')}` : undefined;
}

/**
 * The business case of handing a process over: in-house and vendor cost
 * (given, or derived from volume, rates and the engagement model), the
 * governance the vendor needs, the annual saving, payback, NPV over the
 * term and the vendor price at which the NPV is 0. Null when the inventory
 * does not give enough money to compute it (`moneyGap` says what is missing).
 */
export function businessCase(process: Process, method: Method, market: Market): BusinessCase | null {
  if (market.currency === undefined) return null;
  const inHouseCost = inHouse(process, market);
  const vendorCost = vendor(process, market, method);
  if (!inHouseCost.ok || !vendorCost.ok) return null;
  const rules: MoneyRules = method.money ?? DEFAULT_MONEY_RULES;
  const cost = process.cost ?? {};
  const source = rules.governance_share_source ? `, from ${rules.governance_share_source}` : ', from the rules';
  const basis: Basis[] = [
    { field: 'in_house_annual', value: inHouseCost.value, from: inHouseCost.from, how: inHouseCost.how },
    { field: 'vendor_annual', value: vendorCost.value, from: vendorCost.from, how: vendorCost.how },
    cost.governance_share !== undefined
      ? { field: 'governance_share', value: cost.governance_share, from: 'given', how: 'cost.governance_share' }
      : { field: 'governance_share', value: rules.governance_share, from: 'default', how: `default ${percent(rules.governance_share)}${source}` },
    cost.transition !== undefined
      ? { field: 'transition', value: cost.transition, from: 'given', how: 'cost.transition' }
      : { field: 'transition', value: 0, from: 'assumed', how: 'not given, taken as 0: payback and NPV are optimistic until cost.transition is known' },
    cost.exit !== undefined
      ? { field: 'exit', value: cost.exit, from: 'given', how: 'cost.exit' }
      : { field: 'exit', value: 0, from: 'default', how: 'default 0 (no cost of leaving or re-tendering given)' },
    cost.term_years !== undefined
      ? { field: 'term_years', value: cost.term_years, from: 'given', how: 'cost.term_years' }
      : { field: 'term_years', value: rules.term_years, from: 'default', how: `default ${rules.term_years} years, from the rules` },
    { field: 'discount_rate', value: rules.discount_rate, from: 'default', how: `${percent(rules.discount_rate)} a year, from the rules` },
  ];
  const inputs = Object.fromEntries(basis.map((b) => [b.field, b.value])) as unknown as MoneyInputs;
  const annual_saving = annualSavingOf(inputs);
  return {
    currency: market.currency,
    in_house_annual: inputs.in_house_annual,
    vendor_annual: inputs.vendor_annual,
    governance: governanceOf(inputs),
    transition: inputs.transition,
    exit: inputs.exit,
    annual_saving,
    payback_months: paybackMonths(inputs.transition, annual_saving),
    npv: npvOf(inputs),
    break_even_vendor_annual: breakEvenVendorAnnual(inputs),
    governance_share: inputs.governance_share,
    term_years: inputs.term_years,
    discount_rate: inputs.discount_rate,
    basis,
  };
}

/** The inputs a case was computed from, for what-if questions. */
export const inputsOf = (c: BusinessCase): MoneyInputs => ({
  in_house_annual: c.in_house_annual,
  vendor_annual: c.vendor_annual,
  governance_share: c.governance_share,
  transition: c.transition,
  exit: c.exit,
  term_years: c.term_years,
  discount_rate: c.discount_rate,
});
