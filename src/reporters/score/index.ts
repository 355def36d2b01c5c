import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { ScoreFormat, ScoreReporter } from './types.js';

/** One reporter per format: a format without an implementation is a compile error. */
export const scoreReporters: Record<ScoreFormat, ScoreReporter> = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
};

export const SCORE_FORMATS = Object.keys(scoreReporters) as ScoreFormat[];
