/** The output formats of `outsource report`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const REPORT_FORMATS = ['markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
