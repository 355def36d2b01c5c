import { renderWeightsJson } from './json.js';
import { renderWeightsTable } from './table.js';
import type { WeightsFormat, WeightsReporter } from './types.js';

export const weightsReporters: Record<WeightsFormat, WeightsReporter> = {
  table: renderWeightsTable,
  json: renderWeightsJson,
};
