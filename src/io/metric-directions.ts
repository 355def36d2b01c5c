import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MetricDirections } from '../core/metrics/direction.js';
import { loadMetricDirections } from '../core/metrics/load-directions.js';
import { UserError } from './errors.js';
import { rulesDir } from './paths.js';

/** Which way is good for the metrics the catalogue (rules/metrics.yaml) knows. */
export async function readMetricDirections(): Promise<MetricDirections> {
  const text = await readFile(join(rulesDir, 'metrics.yaml'), 'utf8');
  const result = loadMetricDirections(text, 'rules/metrics.yaml');
  if (!result.ok) throw new UserError(result.errors);
  return result.value;
}
