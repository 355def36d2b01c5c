/** The output formats of `outsource rules`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const RULES_FORMATS = ['table', 'json'] as const;
export type RulesFormat = (typeof RULES_FORMATS)[number];
