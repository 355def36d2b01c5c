import type { Verdict } from '../method.js';

/**
 * The verdicts whose work goes to a vendor, and so has a business case. Every
 * money condition asks this one question, so a new verdict that hands work
 * over (a split process, say) is added here and nowhere else.
 */
export const handsOver = (verdict: Verdict): boolean => verdict === 'outsource';
