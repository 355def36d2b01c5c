import type { Inventory } from '../inventory/types.js';
import type { Roadmap } from '../roadmap/schema.js';

export interface WaveItem {
  process: string;
  name: string;
  vendor: string;
  vendorName: string;
  engagement: string;
  location: string;
}

export interface SlaRow {
  process: string;
  name: string;
  vendor: string;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
}

export interface VendorRow {
  id: string;
  name: string;
  scope: string[];
  contact: string | null;
  /** Processes the roadmap gives it, in wave order. */
  processes: string[];
}

/** The roadmap as the report shows it: waves in order, vendors with what they take, every SLA. */
export interface RoadmapView {
  name: string | null;
  file: string;
  owner: string | null;
  review: string | null;
  waves: { wave: number; items: WaveItem[] }[];
  vendors: VendorRow[];
  slas: SlaRow[];
  /** Items whose process has no SLA: the report says so rather than leaving a gap. */
  withoutSlas: string[];
}

export function roadmapView(roadmap: Roadmap, file: string, inventory: Inventory): RoadmapView {
  const names = new Map(inventory.processes.map((p) => [p.id, p.name]));
  const vendors = roadmap.vendors ?? {};
  const vendorName = (id: string) => vendors[id]?.name ?? id;
  const items = [...(roadmap.items ?? [])].sort((a, b) => a.wave - b.wave);
  const byWave = new Map<number, WaveItem[]>();
  const slas: SlaRow[] = [];
  const withoutSlas: string[] = [];
  for (const item of items) {
    const name = names.get(item.process) ?? item.process;
    const row: WaveItem = {
      process: item.process,
      name,
      vendor: item.vendor,
      vendorName: vendorName(item.vendor),
      engagement: item.engagement,
      location: item.location,
    };
    const list = byWave.get(item.wave);
    if (list) list.push(row);
    else byWave.set(item.wave, [row]);
    if (!item.slas || item.slas.length === 0) withoutSlas.push(name);
    for (const s of item.slas ?? [])
      slas.push({
        process: item.process,
        name,
        vendor: vendorName(item.vendor),
        metric: s.metric,
        unit: s.unit,
        baseline: s.baseline ?? null,
        target: s.target ?? null,
      });
  }
  const vendorRows: VendorRow[] = Object.entries(vendors).map(([id, v]) => ({
    id,
    name: v?.name ?? id,
    scope: v?.scope === undefined || v.scope === null ? [] : typeof v.scope === 'string' ? [v.scope] : v.scope,
    contact: v?.contact ?? null,
    processes: items.filter((i) => i.vendor === id).map((i) => names.get(i.process) ?? i.process),
  }));
  const feedback = roadmap.review?.feedback_loop;
  const review = roadmap.review
    ? [roadmap.review.cadence, typeof feedback === 'string' ? feedback : feedback === true ? 'with a feedback loop' : null].filter((x) => x).join(': ') || null
    : null;
  return {
    name: roadmap.name ?? null,
    file,
    owner: roadmap.owner ?? null,
    review,
    waves: [...byWave.entries()].map(([wave, list]) => ({ wave, items: list })),
    vendors: vendorRows,
    slas,
    withoutSlas,
  };
}
