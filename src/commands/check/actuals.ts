import { resolve } from 'node:path';
import type { Inventory } from '../../core/inventory/types.js';
import type { Method } from '../../core/method.js';
import type { LoadedRoadmap } from '../../core/roadmap/load.js';
import type { TrackResult } from '../../core/tracking/track.js';
import type { Io } from '../../io/io.js';

/**
 * The roadmap's SLAs judged against actuals, for sla-breached: --actuals
 * (from the working directory) or the roadmap's tracking.actuals (from the
 * roadmap's folder); undefined when there are none to read.
 */
export async function actualsFor(
  roadmap: LoadedRoadmap,
  base: string,
  given: string | undefined,
  inventory: Inventory,
  inventoryPath: string,
  method: Method,
  io: Io,
): Promise<TrackResult | undefined> {
  const named = roadmap.roadmap.tracking?.actuals;
  const path = given ?? (named ? resolve(base, named) : undefined);
  if (path === undefined) return undefined;
  // The run phase loads only for a roadmap that is tracked.
  const [{ displayPath }, { judgeActuals }] = await Promise.all([import('../track/index.js'), import('../track/judge.js')]);
  return judgeActuals(
    {
      roadmap,
      actualsPath: path,
      ...(given === undefined ? { actualsName: displayPath(io.cwd, path) } : {}),
      inventory,
      inventoryPath: displayPath(io.cwd, inventoryPath),
      directions: method.metricDirections,
    },
    io,
  );
}
