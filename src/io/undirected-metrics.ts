import type { Inventory } from '../core/inventory/types.js';
import type { Method } from '../core/method.js';
import { directionOf } from '../core/metrics/direction.js';
import { sanitize, truncate } from '../util/sanitize.js';
import type { Io } from './io.js';
import { note } from './note.js';

/**
 * The method an inventory is loaded with: without the metric catalogue, so a
 * metric of one's own that does not say which way is good still loads. Its
 * direction is then unknown, and only what needs it says so (an SLA target
 * that cannot be judged, an actual that cannot be tracked).
 */
export function lenientAboutDirections(method: Method): Method {
  if (!method.metricDirections) return method;
  const { metricDirections: _judgedWhereNeeded, ...lenient } = method;
  return lenient;
}

/** One note per metric whose direction neither the inventory nor the catalogue gives (at most five, then a count). */
export function noteUndirectedMetrics(inventory: Inventory, method: Method, file: string, io: Io): void {
  if (!method.metricDirections) return;
  const undirected: string[] = [];
  for (const p of inventory.processes) {
    for (const m of p.metrics ?? []) if (!directionOf(m, method.metricDirections)) undirected.push(`"${sanitize(truncate(m.name, 60))}" of ${sanitize(p.id)}`);
  }
  for (const what of undirected.slice(0, 5)) {
    note(
      io,
      `outsource: note: ${file}: metric ${what}: the metric catalogue does not know whether lower or higher is better, so its direction is unknown; add better: lower or better: higher\n`,
    );
  }
  if (undirected.length > 5) note(io, `outsource: note: ${file}: ... and ${undirected.length - 5} more metrics whose direction is unknown\n`);
}
