import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Inventory } from '../../core/inventory/types.js';
import type { MetricDirections } from '../../core/metrics/direction.js';
import type { LoadedRoadmap } from '../../core/roadmap/load.js';
import { parseActuals } from '../../core/tracking/actuals.js';
import { loadTrackingSettings } from '../../core/tracking/load-settings.js';
import type { TrackingSettings } from '../../core/tracking/settings.js';
import { trackRoadmap, type TrackResult } from '../../core/tracking/track.js';
import { UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { rulesDir } from '../../io/paths.js';
import { readInput } from '../../io/read-input.js';

/** A refusal to read the actuals, naming the file as messages name it (relative to the current folder), not as resolved. */
function named(error: unknown, name: string): unknown {
  if (!(error instanceof UserError)) return error;
  return new UserError(error.diagnostics.map((d) => (d.file ? { ...d, file: name } : d)));
}

let settings: Promise<TrackingSettings> | undefined;

/** rules/tracking.yaml: tolerance, window and the other defaults of the status rules. */
export function readTrackingSettings(): Promise<TrackingSettings> {
  settings ??= readFile(join(rulesDir, 'tracking.yaml'), 'utf8').then((text) => {
    const loaded = loadTrackingSettings(text, 'rules/tracking.yaml');
    if (!loaded.ok) throw new UserError(loaded.errors);
    return loaded.value;
  });
  return settings;
}

export interface JudgeInput {
  roadmap: LoadedRoadmap;
  /** As given to readInput (a path or "-"). */
  actualsPath: string;
  /** How the actuals file is named in messages, when not as given. */
  actualsName?: string;
  inventory: Inventory | undefined;
  /** The inventory as the advice to re-run the assessment names it. */
  inventoryPath: string;
  directions: MetricDirections | undefined;
}

/** Reads the actuals and judges the roadmap's SLAs against them; bad input is a UserError with its place. */
export async function judgeActuals(input: JudgeInput, io: Io): Promise<TrackResult> {
  const file = await readInput(input.actualsPath, io).catch((error: unknown) => {
    throw input.actualsName === undefined ? error : named(error, input.actualsName);
  });
  const actuals = parseActuals(file.text, input.actualsName ?? file.name);
  if (!actuals.ok) throw new UserError(actuals.errors);
  const metrics = new Map((input.inventory?.processes ?? []).map((p) => [p.id, p.metrics]));
  const result = trackRoadmap({
    roadmap: input.roadmap,
    actuals: actuals.value,
    metricsOf: (process) => metrics.get(process),
    directions: input.directions,
    settings: await readTrackingSettings(),
    inventoryPath: input.inventoryPath,
  });
  if (!result.ok) throw new UserError(result.errors);
  return result.value;
}
