/** Whether a smaller or a larger value of a metric is the better one. */
export const BETTER = ['lower', 'higher'] as const;
export type Better = (typeof BETTER)[number];

/**
 * What the metric catalogue knows about directions: exact names (and their
 * other spellings) and a few patterns whose direction is plain ("cost per *").
 */
export interface MetricDirections {
  readonly names: ReadonlyMap<string, Better>;
  readonly patterns: readonly { pattern: string; test: RegExp; better: Better }[];
}
