/** The output formats of `outsource check`, written once: cli.ts offers them as --format choices, and the reporters are keyed by them. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
