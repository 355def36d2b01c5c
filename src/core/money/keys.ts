/** The fields of `cost:` and `rates:` (as in money/schema.ts, a test holds them together), without zod: the CSV reader and the hand check need only the names. */
export const RATE_KEYS = ['in_house_hourly', 'vendor_hourly', 'seat_monthly'];

export const COST_KEYS = ['in_house_annual', 'vendor_annual', 'transition', 'exit', 'governance_share', 'term_years'];
