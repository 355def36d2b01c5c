import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { loadInventoryLazily } from '../../core/inventory/load-lazily.js';
import type { Method } from '../../core/method.js';
import { lenientAboutDirections } from '../../io/undirected-metrics.js';
import type { Inventory } from '../../core/inventory/types.js';
import { loadRoadmapLazily } from '../../core/roadmap/load-lazily.js';
import type { TrackResult } from '../../core/tracking/track.js';
import type { Status } from '../../core/tracking/status.js';
import { trackReporters } from '../../reporters/track/index.js';
import { TRACK_FORMATS, type TrackFormat } from '../../reporters/track/types.js';
import { type OutputFlags, outputsFor, writeOutputs } from '../../io/outputs.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { readInput } from '../../io/read-input.js';
import { readMetricDirections } from '../../io/metric-directions.js';
import { slaDirection } from '../../core/roadmap/sla-direction.js';
import { sanitize } from '../../util/sanitize.js';
import { judgeActuals } from './judge.js';

export interface TrackOptions extends OutputFlags<TrackFormat> {
  roadmap: string;
  /** Without it, the roadmap's `tracking.actuals`. */
  actuals?: string;
  failOn: 'red' | 'amber';
}

/** A path as the user should read it: relative to the working directory, forward slashes. */
export const displayPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return sanitize((rel === '' || isAbsolute(rel) ? path : rel).split(sep).join('/'));
};

const FAILING: Record<TrackOptions['failOn'], readonly Status[]> = { red: ['red'], amber: ['red', 'amber'] };

/** Tracks a roadmap's SLAs against actuals; everything the status rules need is read here, the judging is pure. */
export async function trackFiles(options: Pick<TrackOptions, 'roadmap' | 'actuals'>, io: Io): Promise<TrackResult> {
  const roadmapInput = await readInput(options.roadmap, io);
  const loaded = await loadRoadmapLazily(roadmapInput.text, roadmapInput.name);
  if (!loaded.ok) throw new UserError(loaded.errors);
  const roadmap = loaded.value;
  const base = options.roadmap === '-' ? io.cwd : dirname(resolve(io.cwd, options.roadmap));
  const named = roadmap.roadmap.tracking?.actuals;
  const actualsPath = options.actuals ?? (named ? resolve(base, named) : undefined);
  if (actualsPath === undefined)
    throw new UserError(
      `${roadmapInput.name}: no actuals file given and the roadmap names none; run outsource track ROADMAP ACTUALS, or add tracking: { actuals: FILE } to the roadmap`,
    );
  const directions = await readMetricDirections();
  const inventoryPath = resolve(base, roadmap.roadmap.inventory);
  // The inventory only lends directions its metrics state: read it (and the method) only when an SLA needs one.
  const undirected = (roadmap.roadmap.items ?? []).some((item) => (item.slas ?? []).some((sla) => slaDirection(sla, undefined, directions) === undefined));
  const inventory = undirected ? await readInventoryQuietly(inventoryPath, (await loadMethodFor(undefined, io)).method, io) : undefined;
  return judgeActuals(
    {
      roadmap,
      actualsPath,
      ...(options.actuals === undefined ? { actualsName: displayPath(io.cwd, actualsPath) } : {}),
      inventory,
      inventoryPath: displayPath(io.cwd, inventoryPath),
      directions,
    },
    io,
  );
}

/**
 * The inventory only lends SLAs the direction its metrics state; tracking
 * does not need it otherwise, so one that cannot be read is left out (an SLA
 * with no direction from elsewhere is then an error that says so).
 */
export async function readInventoryQuietly(path: string, method: Method, io: Io): Promise<Inventory | undefined> {
  try {
    const input = await readInput(path, io);
    const loaded = await loadInventoryLazily(input.text, input.name, lenientAboutDirections(method));
    return loaded.ok ? loaded.value : undefined;
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** Exit 0 when no SLA is at or worse than --fail-on, 1 when one is, 2 when an input cannot be used. */
export async function track(options: TrackOptions, io: Io): Promise<number> {
  const targets = await outputsFor('track', TRACK_FORMATS, 'table', options, io);
  const result = await trackFiles(options, io);
  const forTerminal = (format: TrackFormat, toStdout: boolean) => toStdout && format === 'table';
  await writeOutputs(
    targets,
    (format, toStdout) =>
      trackReporters[format](result, { color: forTerminal(format, toStdout) && io.color, ...(forTerminal(format, toStdout) ? { width: io.columns } : {}) }),
    io,
    {
      force: Boolean(options.force),
    },
  );
  return result.slas.some((s) => FAILING[options.failOn].includes(s.status)) ? EXIT.findings : EXIT.ok;
}
