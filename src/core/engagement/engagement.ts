import type { EngagementRules, Volume } from './schema.js';
import { DEFAULT_ENGAGEMENT_RULES } from './defaults.js';

/** The two partnership models of the CPO article. */
export type EngagementModel = 'resource-support' | 'project-support';
export const ENGAGEMENT_MODELS: readonly EngagementModel[] = ['resource-support', 'project-support'];

export interface Engagement {
  /** null when the process gives no volume: there is nothing to choose from. */
  model: EngagementModel | null;
  /** Whole seats for resource support; null for project support or without a volume. */
  seats: number | null;
  why: string;
}

const hours = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} hours a month`;
const share = (n: number) => (Math.round(n * 100) / 100).toString();

/**
 * Resource support (dedicated seats, per-seat pricing) for steady volume that
 * keeps a seat busy; project support (per project) for seasonal or project
 * work and for steady work too small to fill a seat.
 */
export function recommendEngagement(volume: Volume | undefined, rules: EngagementRules = DEFAULT_ENGAGEMENT_RULES): Engagement {
  if (!volume) {
    return {
      model: null,
      seats: null,
      why: 'no volume given: add volume: { hours_per_month, pattern } to choose between resource support (per seat) and project support (per project)',
    };
  }
  const perSeat = rules.hours_per_seat;
  const load = volume.hours_per_month / perSeat;
  if (volume.pattern === 'steady') {
    if (load >= rules.min_seat_share && load > 0) {
      // A tiny tolerance keeps 280 / 140 at 2 seats whatever floating point does.
      const seats = Math.max(1, Math.ceil(load - 1e-9));
      return {
        model: 'resource-support',
        seats,
        why: `steady volume of ${hours(volume.hours_per_month)} is ${share(load)} seats at ${perSeat} productive hours each, so ${seats} dedicated ${seats === 1 ? 'seat' : 'seats'} bought per seat (resource support)`,
      };
    }
    return {
      model: 'project-support',
      seats: null,
      why: `steady but only ${hours(volume.hours_per_month)}, ${share(load)} of a ${perSeat}-hour seat (below ${rules.min_seat_share}): a dedicated seat would sit idle, so buy it per project (project support)`,
    };
  }
  const shape =
    volume.pattern === 'seasonal'
      ? `seasonal volume (about ${hours(volume.hours_per_month)} on average) peaks and drops`
      : `project work (about ${hours(volume.hours_per_month)}) comes in bursts`;
  return {
    model: 'project-support',
    seats: null,
    why: `${shape}: a dedicated seat would sit idle between peaks, so buy it per project (project support)`,
  };
}
