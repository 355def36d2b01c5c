/** The output formats of `outsource weights`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const WEIGHTS_FORMATS = ['table', 'json'] as const;
export type WeightsFormat = (typeof WEIGHTS_FORMATS)[number];
