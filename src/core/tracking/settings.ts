import { z } from 'zod';

/** rules/tracking.yaml: how `outsource track` judges actuals against an SLA. */
export const trackingSettingsShape = z.strictObject({
  version: z.literal(1),
  tolerance: z.number().finite().min(0).max(10).describe('a miss of at most tolerance x |target| is amber, not red'),
  early_warning_changes: z.int().min(2).max(24).describe('on target but this many changes for the worse in a row: amber'),
  window: z.int().min(2).max(120).describe('how many of the latest periods the trend is fitted on'),
  horizon_months: z.int().min(1).max(120).describe('how far ahead a trend is projected; a crossing beyond it is not shown'),
  amber_periods_for_action: z.int().min(1).max(24).describe('amber this many periods running asks for the same action as red'),
});

export type TrackingSettingsFile = z.infer<typeof trackingSettingsShape>;

export interface TrackingSettings {
  tolerance: number;
  earlyWarningChanges: number;
  window: number;
  horizonMonths: number;
  amberPeriodsForAction: number;
}

export const settingsFrom = (f: TrackingSettingsFile): TrackingSettings => ({
  tolerance: f.tolerance,
  earlyWarningChanges: f.early_warning_changes,
  window: f.window,
  horizonMonths: f.horizon_months,
  amberPeriodsForAction: f.amber_periods_for_action,
});

/** The shipped defaults, for callers without rules/ at hand (tests, the library). */
export const DEFAULT_TRACKING: TrackingSettings = { tolerance: 0.1, earlyWarningChanges: 3, window: 6, horizonMonths: 12, amberPeriodsForAction: 2 };
