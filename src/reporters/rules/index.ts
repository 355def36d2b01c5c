import { renderRulesJson } from './json.js';
import { renderRulesTable } from './table.js';
import type { RulesReporters } from './types.js';

export const rulesReporters: RulesReporters = { table: renderRulesTable, json: renderRulesJson };
