import type { Result } from '../parse/diagnostics.js';
import type { Method } from '../method.js';
import type { Inventory } from './types.js';
import { type InventoryFormat, loadInventoryWithoutZod } from './load-without-zod.js';
import { explainRefusal } from './explain-refusal.js';

export { detectFormat, type InventoryFormat } from './load-without-zod.js';

/** Parses and validates an inventory against a method; a refused file is explained by zod, loaded with it. */
export function loadInventory(text: string, file: string, method: Method, format?: InventoryFormat): Result<Inventory> {
  const loaded = loadInventoryWithoutZod(text, file, method, format);
  return 'refusal' in loaded ? explainRefusal(loaded.refusal) : loaded;
}
