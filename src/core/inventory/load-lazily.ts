import type { Result } from '../parse/diagnostics.js';
import type { Method } from '../method.js';
import type { Inventory } from './types.js';
import { type InventoryFormat, loadInventoryWithoutZod } from './load-without-zod.js';

/** loadInventory, with zod imported only when a file is refused: a valid inventory never loads it (about 30 ms of start-up). */
export async function loadInventoryLazily(text: string, file: string, method: Method, format?: InventoryFormat): Promise<Result<Inventory>> {
  const loaded = loadInventoryWithoutZod(text, file, method, format);
  if (!('refusal' in loaded)) return loaded;
  const { explainRefusal: explain } = await import('./explain-refusal.js');
  return explain(loaded.refusal);
}
