import type { Assessment, Evaluation } from '../engine/evaluate.js';
import type { EngagementModel } from '../engagement/engagement.js';
import type { Inventory, Metric, Process } from '../inventory/types.js';
import type { Shore } from '../location/location.js';
import type { Method } from '../method.js';
import { keptSummary } from '../engine/kept.js';
import { isCostSla } from '../roadmap/checks/sla-cost-only.js';
import type { Scorecard } from '../vendors/score.js';
import { assignWaves, handOverOrder } from './waves.js';

export interface DraftSla {
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  /** Added by the plan because every metric of the process is about cost; not from the inventory. */
  added?: boolean;
}

export interface DraftItem {
  process: string;
  name: string;
  rank: number;
  score: number;
  vendor: string;
  wave: number;
  waveWhy: string;
  engagement: EngagementModel;
  seats: number | null;
  engagementWhy: string;
  /** Set when the model is a stand-in because the inventory gives no volume. */
  engagementTodo?: string;
  location: Shore;
  locationWhy: string;
  /** Set when the location is a stand-in because the right-shoring answers are missing. */
  locationTodo?: string;
  slas: DraftSla[];
  /** For a `split`: what stays in-house, for the in-house owner the roadmap must name. */
  keeps?: string;
}

export interface DraftVendor {
  id: string;
  name: string | null;
  /** Processes given to this vendor; null for a stand-in vendor still to choose. */
  scope: string[] | null;
  placeholder: boolean;
  why: string;
}

export interface RoadmapDraft {
  name: string;
  /** Path of the inventory relative to the roadmap file. */
  inventory: string;
  organisation?: string;
  review: { cadence: 'monthly'; feedback_loop: string };
  vendors: DraftVendor[];
  items: DraftItem[];
  /** What `outsource check` will ask to fill: for the command's closing line. */
  todo: {
    owner: 1;
    targets: number;
    baselines: number;
    slas: number;
    ipOwners: number;
    vendors: number;
    engagements: number;
    locations: number;
    inHouseOwners: number;
  };
}

export interface DraftOptions {
  inventoryPath: string;
  /** A vendor scorecard: each process goes to the best-ranked vendor whose scope names it. */
  vendors?: Scorecard;
}

const placeholderVendor = (shore: Shore) => `tbd-${shore}`;

function slasFrom(metrics: readonly Metric[] | undefined): DraftSla[] {
  const slas: DraftSla[] = (metrics ?? []).map((m) => ({ metric: m.name, unit: m.unit, baseline: m.baseline ?? null, target: m.target ?? null }));
  if (slas.length > 0 && slas.every((s) => isCostSla(s))) {
    // Service levels on cost alone hand over "your mess for less".
    slas.push({ metric: 'first-time-right rate', unit: '%', baseline: null, target: null, added: true });
  }
  return slas;
}

/**
 * The roadmap draft for the shortlist: waves in the seeds' order (start
 * with non-core, low-risk work), the engagement model and location the
 * method recommends, SLAs from the inventory's metrics with their baselines
 * and open targets, and placeholders for what only people can decide.
 */
export function draftRoadmap(inventory: Inventory, assessment: Assessment, method: Method, options: DraftOptions): RoadmapDraft {
  const processes = new Map<string, Process>(inventory.processes.map((p) => [p.id, p]));
  const waves = assignWaves(assessment.shortlist, processes, method);
  const ordered = handOverOrder(assessment.shortlist, processes, method);

  const vendorRank = new Map((options.vendors?.vendors ?? []).map((v) => [v.id, v]));
  const chooseVendor = (e: Evaluation): string | undefined => {
    for (const v of options.vendors?.vendors ?? []) if (v.scope.some((s) => s.trim().toLowerCase() === e.id)) return v.id;
    return undefined;
  };

  const items: DraftItem[] = ordered.map((e) => {
    const process = processes.get(e.id);
    const wave = waves.get(e.id) ?? { wave: 1, why: '' };
    const engagement = e.engagement ?? { model: null, seats: null, why: 'not computed' };
    const location = e.location ?? { recommended: null, why: 'not computed' };
    const shore: Shore = location.recommended ?? 'onshore';
    const item: DraftItem = {
      process: e.id,
      name: e.name,
      rank: e.rank ?? 0,
      score: e.score ?? 0,
      vendor: chooseVendor(e) ?? placeholderVendor(shore),
      wave: wave.wave,
      waveWhy: wave.why,
      engagement: engagement.model ?? 'project-support',
      seats: engagement.seats,
      engagementWhy: engagement.why,
      location: shore,
      locationWhy: location.why,
      slas: slasFrom(process?.metrics),
    };
    if (e.verdict === 'split') item.keeps = keptSummary(e);
    if (engagement.model === null)
      item.engagementTodo = 'no volume in the inventory, so project support for now; add volume: { hours_per_month, pattern } and plan again, or decide here';
    const chosen = vendorRank.get(item.vendor);
    if (chosen?.location && chosen.location !== shore) item.locationWhy += `; note: ${chosen.id} works ${chosen.location}`;
    if (location.recommended === null) item.locationTodo = `${location.why}; onshore until the right-shoring questions are answered`;
    return item;
  });

  const vendors: DraftVendor[] = [];
  const used = [...new Set(items.map((i) => i.vendor))];
  for (const id of used) {
    const chosen = vendorRank.get(id);
    const scope = items.filter((i) => i.vendor === id).map((i) => i.process);
    if (chosen) {
      vendors.push({
        id,
        name: chosen.name,
        scope,
        placeholder: false,
        why: `rank ${chosen.rank} of ${options.vendors?.vendors.length ?? 0} in the vendor scorecard, score ${chosen.score.toFixed(1)}`,
      });
    } else {
      vendors.push({ id, name: null, scope: null, placeholder: true, why: `stand-in for the ${id.slice(4)} vendor still to choose for ${scope.join(', ')}` });
    }
  }

  const slas = items.flatMap((i) => i.slas);
  const draft: RoadmapDraft = {
    name: inventory.organisation ? `Outsourcing roadmap: ${inventory.organisation}` : 'Outsourcing roadmap',
    inventory: options.inventoryPath,
    review: { cadence: 'monthly', feedback_loop: 'monthly SLA review with each vendor: strategise, implement, feedback' },
    vendors,
    items,
    todo: {
      owner: 1,
      targets: slas.filter((s) => s.target === null).length,
      baselines: slas.filter((s) => s.baseline === null).length,
      slas: items.filter((i) => i.slas.length === 0).length,
      ipOwners: items.length,
      vendors: vendors.filter((v) => v.placeholder).length,
      engagements: items.filter((i) => i.engagementTodo).length,
      locations: items.filter((i) => i.locationTodo).length,
      inHouseOwners: items.filter((i) => i.keeps !== undefined).length,
    },
  };
  if (inventory.organisation !== undefined) draft.organisation = inventory.organisation;
  return draft;
}
