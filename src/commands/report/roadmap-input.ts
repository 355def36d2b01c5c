import type { Inventory } from '../../core/inventory/types.js';
import { roadmapView, type RoadmapView } from '../../core/report/roadmap-view.js';
import { loadRoadmap } from '../../core/roadmap/load.js';
import { UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { readInput } from '../../io/read-input.js';

/** The roadmap given with --roadmap, read and validated like `check` does, shaped for the report. */
export async function readRoadmapView(path: string, inventory: Inventory, io: Io): Promise<RoadmapView> {
  const input = await readInput(path, io);
  const loaded = loadRoadmap(input.text, input.name);
  if (!loaded.ok) throw new UserError(loaded.errors);
  return roadmapView(loaded.value.roadmap, input.name, inventory);
}
