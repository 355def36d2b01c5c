import { renderTrackGithub } from './github.js';
import { renderTrackJson } from './json.js';
import { renderTrackMarkdown } from './markdown.js';
import { renderTrackTable } from './table.js';
import type { TrackFormat, TrackReporter } from './types.js';

/** One reporter per format: a format without an implementation is a compile error. */
export const trackReporters: Record<TrackFormat, TrackReporter> = {
  table: renderTrackTable,
  json: renderTrackJson,
  markdown: renderTrackMarkdown,
  github: renderTrackGithub,
};
