import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { CheckFormat, CheckReporter } from './types.js';

/** One reporter per format: a format without an implementation is a compile error. */
export const checkReporters: Record<CheckFormat, CheckReporter> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
  github: renderGithub,
  markdown: renderMarkdown,
};

export const CHECK_FORMATS = Object.keys(checkReporters) as CheckFormat[];
