/** The inputs every formula of the business case reads, in full precision. */
export interface MoneyInputs {
  in_house_annual: number;
  vendor_annual: number;
  governance_share: number;
  transition: number;
  exit: number;
  term_years: number;
  discount_rate: number;
}

/** Σ_{y=1..n} 1 / (1 + r)^y: what a yearly 1 over the term is worth today. */
export function annuityFactor(rate: number, years: number): number {
  let sum = 0;
  for (let y = 1; y <= years; y++) sum += 1 / (1 + rate) ** y;
  return sum;
}

/** What 1 at the end of the term is worth today. */
export const discountAtEnd = (rate: number, years: number): number => 1 / (1 + rate) ** years;

/** The retained organisation that manages the vendor, as a share of what the vendor is paid. */
export const governanceOf = (m: Pick<MoneyInputs, 'vendor_annual' | 'governance_share'>): number => m.vendor_annual * m.governance_share;

/** What handing over saves a year: in-house cost less the vendor and the governance it needs. */
export const annualSavingOf = (m: Pick<MoneyInputs, 'in_house_annual' | 'vendor_annual' | 'governance_share'>): number =>
  m.in_house_annual - m.vendor_annual - governanceOf(m);

/** Months until the saving has paid the transition back; null when the saving is not positive: it never pays back. */
export function paybackMonths(transition: number, annualSaving: number): number | null {
  if (!(annualSaving > 0)) return null;
  return transition / (annualSaving / 12);
}

/** −transition + Σ saving / (1 + r)^y − exit / (1 + r)^n. */
export function npvOf(m: MoneyInputs): number {
  return -m.transition + annualSavingOf(m) * annuityFactor(m.discount_rate, m.term_years) - m.exit * discountAtEnd(m.discount_rate, m.term_years);
}

/**
 * The vendor price at which the NPV is 0. The NPV is linear in the vendor
 * price, and governance grows with it, so each unit of vendor price costs
 * (1 + governance_share) units of saving:
 *   vendor = (in_house − (transition + exit / (1 + r)^n) / annuity) / (1 + governance_share).
 * Below 0, no vendor price makes the case: even free work would not pay the
 * transition and exit back within the term.
 */
export function breakEvenVendorAnnual(m: Omit<MoneyInputs, 'vendor_annual'>): number {
  const annuity = annuityFactor(m.discount_rate, m.term_years);
  const neededSaving = (m.transition + m.exit * discountAtEnd(m.discount_rate, m.term_years)) / annuity;
  return (m.in_house_annual - neededSaving) / (1 + m.governance_share);
}
