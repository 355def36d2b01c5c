/** The output formats of `outsource vendors`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const VENDORS_FORMATS = ['table', 'json', 'markdown'] as const;
export type VendorsFormat = (typeof VENDORS_FORMATS)[number];
