import { renderVendorsJson } from './json.js';
import { renderVendorsMarkdown } from './markdown.js';
import { renderVendorsTable } from './table.js';
import type { VendorsFormat, VendorsReporter } from './types.js';

/** One reporter per format: a format without an implementation is a compile error. */
export const vendorsReporters: Record<VendorsFormat, VendorsReporter> = {
  table: renderVendorsTable,
  json: renderVendorsJson,
  markdown: renderVendorsMarkdown,
};

export const VENDORS_FORMATS = Object.keys(vendorsReporters) as VendorsFormat[];
