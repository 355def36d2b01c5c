import { loadInventoryLazily } from '../core/inventory/load-lazily.js';
import type { Inventory } from '../core/inventory/types.js';
import type { Method } from '../core/method.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { readInput, type InputFile } from './read-input.js';
import { lenientAboutDirections, noteUndirectedMetrics } from './undirected-metrics.js';

/** Reads an inventory file (or stdin for "-") and loads it against the method; any problem is a UserError with positions. */
export async function readInventoryFile(path: string, method: Method, io: Io): Promise<{ inventory: Inventory; input: InputFile }> {
  const input = await readInput(path, io, { workbook: true });
  const inventory = await inventoryFrom(input, method);
  noteUndirectedMetrics(inventory, method, input.name, io);
  return { inventory, input };
}

/** Loads an inventory already read (diff reads both sides before loading either). */
export async function inventoryFrom(input: InputFile, method: Method): Promise<Inventory> {
  const loaded = await loadInventoryLazily(input.text, input.name, lenientAboutDirections(method));
  if (!loaded.ok) throw new UserError(loaded.errors);
  return loaded.value;
}
