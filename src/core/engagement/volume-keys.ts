/** The fields of `volume:` and the patterns it accepts (as in engagement/schema.ts, a test holds them together), without zod. */
export const VOLUME_KEYS = ['hours_per_month', 'pattern'];

export const VOLUME_PATTERNS = ['steady', 'seasonal', 'project'] as const;
