/** The output formats of `outsource diff`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const DIFF_FORMATS = ['table', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
