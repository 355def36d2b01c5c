/** The output formats of `outsource score`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** Every --format of `score`: the text formats and the workbook, which goes only to a file (-o). */
export const SCORE_OUTPUTS = [...SCORE_FORMATS, 'xlsx'] as const;
export type ScoreOutput = (typeof SCORE_OUTPUTS)[number];
