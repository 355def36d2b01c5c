import type { RoadmapItem } from '../schema.js';
import type { CheckContext, Hit } from '../types.js';

/** A finding about one item, before its subject (process, vendor, item index) is filled in. */
export type Draft = Omit<Hit, 'process' | 'vendor' | 'item'>;

/**
 * Runs `find` on each item in order and names the item as the subject of
 * what it finds, so that waivers and inline comments can match every
 * per-item finding the same way.
 */
export function perItem(ctx: CheckContext, find: (item: RoadmapItem, index: number) => Draft | Draft[] | undefined): Hit[] {
  const hits: Hit[] = [];
  ctx.items.forEach((item, index) => {
    const found = find(item, index);
    if (found === undefined) return;
    for (const draft of Array.isArray(found) ? found : [found]) hits.push({ ...draft, process: item.process, vendor: item.vendor, item: index });
  });
  return hits;
}
