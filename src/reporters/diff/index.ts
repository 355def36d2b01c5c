import { renderDiffJson } from './json.js';
import { renderDiffMarkdown } from './markdown.js';
import { renderDiffTable } from './table.js';
import type { DiffFormat, DiffReporter } from './types.js';

export const diffReporters: Record<DiffFormat, DiffReporter> = {
  table: renderDiffTable,
  json: renderDiffJson,
  markdown: renderDiffMarkdown,
};
