import type { Diagnostic } from '../parse/diagnostics.js';
import { directionOf, unknownDirectionMessage, type MetricDirections } from '../metrics/direction.js';
import type { Locator } from '../parse/zod-diagnostics.js';
import type { Process } from './types.js';

/**
 * Every metric must say which way is good, or have a name the catalogue
 * knows: a target cannot be judged, nor an actual tracked, without it.
 */
export function unknownMetricDirections(processes: readonly Process[], directions: MetricDirections, where: () => Locator, max = 50): Diagnostic[] {
  const out: Diagnostic[] = [];
  processes.forEach((p, i) => {
    p.metrics?.forEach((m, j) => {
      if (out.length >= max || directionOf(m, directions)) return;
      const locator = where();
      out.push({
        file: locator.file,
        ...locator.locate(['processes', i, 'metrics', j, 'name']),
        message: unknownDirectionMessage(`processes[${i}].metrics[${j}]`, m.name),
      });
    });
  });
  return out;
}
