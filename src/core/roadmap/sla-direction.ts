import type { Metric } from '../inventory/types.js';
import { catalogueDirection, normaliseMetricName, type Better, type MetricDirections } from '../metrics/direction.js';
import type { Sla } from './schema.js';

/**
 * Which way is good for an SLA: its own `better:`, else the inventory's
 * metric of the same name, else the metric catalogue; undefined when none says.
 */
export function slaDirection(
  sla: Pick<Sla, 'metric' | 'better'>,
  metrics: readonly Metric[] | undefined,
  directions: MetricDirections | undefined,
): Better | undefined {
  if (sla.better) return sla.better;
  const name = normaliseMetricName(sla.metric);
  const fromInventory = metrics?.find((m) => m.better !== undefined && normaliseMetricName(m.name) === name)?.better;
  if (fromInventory) return fromInventory;
  return directions ? catalogueDirection(sla.metric, directions) : undefined;
}
