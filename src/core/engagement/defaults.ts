import type { EngagementRules } from './schema.js';

/** The engagement rules a rules file does not change; apart from the schema, so that using them loads no validator. */
export const DEFAULT_ENGAGEMENT_RULES: EngagementRules = { hours_per_seat: 140, min_seat_share: 0.5 };
