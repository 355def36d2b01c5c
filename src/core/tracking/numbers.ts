/** A number as people read it in a reason: at most four decimals, no trailing zeros. */
export const showNumber = (n: number): string => String(Number(n.toFixed(4)));

/** Comparisons forgive the last bits of floating point: 13.2 - 12 is within 10% of 12. */
export const slack = (scale: number): number => 1e-9 * Math.max(1, Math.abs(scale));
