/** The output formats of `outsource score`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];
