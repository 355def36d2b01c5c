import type { TrackResult } from '../../core/tracking/track.js';

export const TRACK_FORMATS = ['table', 'json', 'markdown', 'github'] as const;
export type TrackFormat = (typeof TRACK_FORMATS)[number];
export interface TrackRenderOptions {
  color: boolean;
  /** The terminal's width, when the table goes to one: the reasons and advice under it wrap to it. */
  width?: number;
}
export type TrackReporter = (result: TrackResult, options: TrackRenderOptions) => string;
