import { renderCsvChunks } from './csv.js';
import { renderJsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { ScoreFormat, ScoreReporter } from './types.js';

/** One reporter per format: a format without an implementation is a compile error. */
export const scoreReporters: Record<ScoreFormat, ScoreReporter> = {
  table: (report, options) => [renderTable(report, options)],
  json: renderJsonChunks,
  csv: renderCsvChunks,
  markdown: (report) => [renderMarkdown(report)],
};

export const SCORE_FORMATS = Object.keys(scoreReporters) as ScoreFormat[];
