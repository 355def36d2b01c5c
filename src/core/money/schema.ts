import { z } from 'zod';
import { CURRENCY_CODE, isKnownCurrency } from '../../util/currency-code.js';

const amount = (what: string) => z.number().finite().min(0, `${what} must not be negative`).max(1e12).describe(what);

const share = (what: string) => z.number().min(0, `${what} is a share from 0 to 1`).max(1, `${what} is a share from 0 to 1`).describe(what);

const term = z
  .int('term_years must be a whole number of years')
  .min(1, 'term_years must be at least 1')
  .max(50)
  .describe('years the contract runs; the NPV counts this many years of saving');

/** ISO 4217, one per inventory. */
export const currencyShape = z
  .string()
  .regex(CURRENCY_CODE, 'currency must be an ISO 4217 code of three capital letters, such as EUR or USD')
  .refine(isKnownCurrency, 'currency is not an ISO 4217 code')
  .describe('ISO 4217 currency of every amount in this file (EUR, USD, GBP...)');

/** Prices that turn volume into money. */
export const ratesShape = z
  .strictObject({
    in_house_hourly: amount('loaded cost of one in-house hour (salary, taxes, benefits, space, tools, management)').optional(),
    vendor_hourly: amount('price of one vendor hour, for work bought per project').optional(),
    seat_monthly: amount('price of one dedicated vendor seat a month, for resource support').optional(),
  })
  .describe('rates that turn volume: hours_per_month into annual cost when a process gives no cost of its own');

export const RATE_KEYS = ['in_house_hourly', 'vendor_hourly', 'seat_monthly'];

/** What keeping and handing over a process cost; missing amounts come from volume and rates. */
export const costShape = z
  .strictObject({
    in_house_annual: amount('what the process costs a year in-house today').optional(),
    vendor_annual: amount('what the vendor charges a year').optional(),
    transition: amount('one-off cost of handing over: knowledge transfer, parallel running, contracts').optional(),
    exit: amount('one-off cost of leaving or re-tendering at the end of the term').optional(),
    governance_share: share('cost of the retained organisation that manages the vendor, as a share of vendor_annual').optional(),
    term_years: term.optional(),
  })
  .describe('the business case: what the process costs in-house and at the vendor');

export const COST_KEYS = ['in_house_annual', 'vendor_annual', 'transition', 'exit', 'governance_share', 'term_years'];

/** The `money:` section of a rules file: the defaults of every business case. */
export const moneyRulesShape = z.strictObject({
  governance_share: share('default governance_share'),
  governance_share_source: z
    .string()
    .max(500)
    .optional()
    .describe('where the default governance share comes from; printed beside every figure that rests on it'),
  term_years: term,
  discount_rate: z.number().min(0, 'discount_rate must not be negative').max(1).describe('yearly rate the NPV discounts future savings by'),
  wave_months: z.int().min(0).max(120).describe('months between the start of one wave and the next, for the programme cash by month'),
});

export type MoneyRules = z.infer<typeof moneyRulesShape>;
export type Rates = z.infer<typeof ratesShape>;
export type Cost = z.infer<typeof costShape>;

export const MONEY_RULE_KEYS = ['governance_share', 'governance_share_source', 'term_years', 'discount_rate', 'wave_months'];
