import { inputsOf, type BusinessCase } from './business-case.js';
import { npvOf, type MoneyInputs } from './npv.js';

/** How much the NPV moves when one money input moves; none of them changes the verdict. */
export interface NpvSwing {
  input: keyof MoneyInputs;
  /** What the input moved by, in words: "+10 %" or "+1 year". */
  change: string;
  /** NPV after the change minus NPV before, in the case's currency. */
  npv_change: number;
}

const CONTINUOUS: (keyof MoneyInputs)[] = ['in_house_annual', 'vendor_annual', 'governance_share', 'transition', 'exit', 'discount_rate'];

/**
 * Each money input moved by 10 %, the rest held, the inputs the NPV hangs on
 * most first; then the term, one year longer. Money never changes a verdict,
 * so these are the questions to settle before signing, not before deciding.
 */
export function npvSwings(c: BusinessCase): NpvSwing[] {
  const base = inputsOf(c);
  const npv = npvOf(base);
  const swings: NpvSwing[] = CONTINUOUS.filter((k) => base[k] !== 0).map((input) => ({
    input,
    change: '+10 %',
    npv_change: npvOf({ ...base, [input]: base[input] * 1.1 }) - npv,
  }));
  swings.sort((a, b) => Math.abs(b.npv_change) - Math.abs(a.npv_change));
  // A year is a coarser step than 10 %, so the term is listed after the ranking, not in it.
  swings.push({ input: 'term_years', change: '+1 year', npv_change: npvOf({ ...base, term_years: base.term_years + 1 }) - npv });
  return swings;
}
