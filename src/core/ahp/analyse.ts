/**
 * The Analytic Hierarchy Process for one set of criteria: weights from
 * pairwise comparisons on Saaty's 1-9 scale.
 *
 * - Weights are the principal right eigenvector of the comparison matrix,
 *   normalised to sum 1, found by power iteration (Saaty 1980).
 * - Consistency: CI = (lambda_max - n) / (n - 1); CR = CI / RI with Saaty's
 *   random index; a CR above 0.1 means the judgements should be revisited.
 * - Missing comparisons are estimated with Harker's method (Harker 1987,
 *   "Incomplete pairwise comparisons in the analytic hierarchy process",
 *   Mathematical Modelling 9(11), 837-848): a missing entry is set to 0 and
 *   each row's diagonal to 1 + its number of missing entries; the principal
 *   eigenvector of that matrix gives the weights, and w_i / w_j the estimate
 *   of each missing entry. The completed matrix has the same eigenvector and
 *   lambda_max, so CI and CR are those of the completed matrix.
 */

/** a is `value` times as important as b. */
export interface Comparison {
  a: string;
  b: string;
  value: number;
}

export interface PairwiseInput {
  criteria: string[];
  comparisons: Comparison[];
}

export interface AhpResult {
  criteria: string[];
  /** Principal eigenvector, normalised to sum 1. */
  weights: Record<string, number>;
  lambda_max: number;
  consistency_index: number;
  consistency_ratio: number;
  random_index: number;
  /** The given comparison that departs most from what the weights imply; null when all agree. */
  most_inconsistent: [string, string] | null;
  /** For `most_inconsistent`: the value given, and the value the weights imply. */
  revisit: { given: number; implied: number } | null;
  /** Comparisons that were not given, estimated as w_a / w_b. */
  estimated: { pair: [string, string]; value: number }[];
}

/** Saaty's random index for n = 3..10 (n <= 2 is always consistent). */
export const RANDOM_INDEX: Readonly<Record<number, number>> = { 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49 };
export const MAX_CRITERIA = 10;
export const CR_LIMIT = 0.1;
/** Saaty's scale runs from 1/9 to 9. */
export const SCALE_MIN = 1 / 9;
export const SCALE_MAX = 9;

const TOLERANCE = 1e-14;
const MAX_ITERATIONS = 100_000;

/**
 * Principal eigenvector (sum 1) and eigenvalue of a nonnegative, irreducible
 * matrix with a positive diagonal, by power iteration. Such a matrix is
 * primitive, so the iteration converges from the uniform start.
 */
export function principalEigen(matrix: readonly (readonly number[])[]): { vector: number[]; value: number } {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  let value = n;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = matrix.map((row) => row.reduce((sum, a, j) => sum + a * (w[j] as number), 0));
    const total = next.reduce((a, b) => a + b, 0);
    // With w summing to 1, the sum of A w converges to lambda_max.
    value = total;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] as number) / total;
      change = Math.max(change, Math.abs((next[i] as number) - (w[i] as number)));
    }
    w = next;
    if (change < TOLERANCE) break;
  }
  return { vector: w, value };
}

/** Criteria that no chain of comparisons links to the first one: their weights cannot be known. */
export function unlinked(criteria: readonly string[], comparisons: readonly Comparison[]): string[] {
  const first = criteria[0];
  if (first === undefined) return [];
  const neighbours = new Map<string, string[]>(criteria.map((c) => [c, []]));
  for (const { a, b } of comparisons) {
    neighbours.get(a)?.push(b);
    neighbours.get(b)?.push(a);
  }
  const seen = new Set([first]);
  const queue = [first];
  while (queue.length > 0) {
    const c = queue.pop() as string;
    for (const d of neighbours.get(c) ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  return criteria.filter((c) => !seen.has(c));
}

/**
 * Weights and consistency from validated comparisons: every criterion named
 * is in `criteria`, each pair is given at most once, every value is on the
 * scale, and the comparisons link all criteria (see `unlinked`).
 */
export function analysePairwise(input: PairwiseInput): AhpResult {
  const { criteria } = input;
  const n = criteria.length;
  const index = new Map(criteria.map((c, i) => [c, i]));
  const given: (number | undefined)[][] = criteria.map(() => new Array<number | undefined>(n).fill(undefined));
  for (const { a, b, value } of input.comparisons) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) throw new Error(`comparison ${a} vs ${b} is not between two different criteria`);
    (given[i] as (number | undefined)[])[j] = value;
    (given[j] as (number | undefined)[])[i] = 1 / value;
  }
  if (unlinked(criteria, input.comparisons).length > 0 && n > 1) throw new Error('the comparisons do not link every criterion');

  // Harker's matrix: 0 where a comparison is missing, 1 + (missing in the row) on the diagonal.
  const matrix = given.map((row, i) => {
    const missing = row.filter((v, j) => j !== i && v === undefined).length;
    return row.map((v, j) => (i === j ? 1 + missing : (v ?? 0)));
  });
  const { vector, value } = principalEigen(matrix);
  const weights: Record<string, number> = {};
  criteria.forEach((c, i) => {
    weights[c] = vector[i] as number;
  });

  const ci = n <= 2 ? 0 : clampTiny((value - n) / (n - 1));
  const ri = RANDOM_INDEX[n] ?? 0;
  const cr = n <= 2 || ri === 0 ? 0 : ci / ri;

  let worst: { i: number; j: number; deviation: number } | undefined;
  const estimated: AhpResult['estimated'] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const implied = (vector[i] as number) / (vector[j] as number);
      const v = given[i]?.[j];
      if (v === undefined) {
        estimated.push({ pair: [criteria[i] as string, criteria[j] as string], value: implied });
        continue;
      }
      const deviation = Math.abs(Math.log(v / implied));
      if (!worst || deviation > worst.deviation) worst = { i, j, deviation };
    }
  }
  let mostInconsistent: AhpResult['most_inconsistent'] = null;
  let revisit: AhpResult['revisit'] = null;
  if (worst && worst.deviation > 1e-9) {
    // Report the pair the way the user wrote it.
    const a = criteria[worst.i] as string;
    const b = criteria[worst.j] as string;
    const asWritten = input.comparisons.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
    const [x, y] = asWritten && asWritten.a === b ? [b, a] : [a, b];
    mostInconsistent = [x, y];
    revisit = { given: asWritten?.value ?? 1, implied: (weights[x] as number) / (weights[y] as number) };
  }
  return {
    criteria: [...criteria],
    weights,
    lambda_max: value,
    consistency_index: ci,
    consistency_ratio: cr,
    random_index: ri,
    most_inconsistent: mostInconsistent,
    revisit,
    estimated,
  };
}

/** lambda_max >= n for any positive reciprocal matrix; what power iteration leaves below or just above it is rounding. */
function clampTiny(ci: number): number {
  return ci < 1e-12 ? 0 : ci;
}

/** "3", "1/3", "2.5": how Saaty's values read. */
export function formatRatio(value: number): string {
  if (value >= 1) return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  const inverse = 1 / value;
  return Math.abs(inverse - Math.round(inverse)) < 1e-9 ? `1/${Math.round(inverse)}` : String(Math.round(value * 1000) / 1000);
}
