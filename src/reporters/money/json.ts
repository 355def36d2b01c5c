import type { Evaluation } from '../../core/engine/evaluate.js';

/** `business_case` of `score --format json`: the documented fields first, in full precision, then the inputs that rest on defaults. */
export function businessCaseJson(e: Evaluation): Record<string, unknown> | undefined {
  const c = e.business_case;
  if (!c) return undefined;
  const out: Record<string, unknown> = {
    currency: c.currency,
    in_house_annual: c.in_house_annual,
    vendor_annual: c.vendor_annual,
    governance: c.governance,
    transition: c.transition,
    annual_saving: c.annual_saving,
    payback_months: c.payback_months,
    npv: c.npv,
    break_even_vendor_annual: c.break_even_vendor_annual,
    exit: c.exit,
    governance_share: c.governance_share,
    term_years: c.term_years,
    discount_rate: c.discount_rate,
    // Which inputs rest on a default or an assumption; `--explain ID --format json` gives how each was obtained.
    defaults: c.basis.flatMap((b) => (b.from === 'default' || b.from === 'assumed' ? [b.field] : [])),
  };
  if (e.npv_swings) out.sensitivity = { most_sensitive_to: e.npv_swings[0]?.input ?? null, swings: e.npv_swings };
  return out;
}
