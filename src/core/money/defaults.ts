import type { MoneyRules } from './schema.js';

/** The business case's defaults; apart from the schema, so that using them loads no validator. */
export const DEFAULT_MONEY_RULES: MoneyRules = { governance_share: 0.06, term_years: 3, discount_rate: 0.08, wave_months: 6 };
