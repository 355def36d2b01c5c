import type { Evaluation } from '../engine/evaluate.js';
import type { Process } from '../inventory/types.js';
import { CelAnswers, CelItem, CelProcess, CelRoadmap, CelSla, CelVendor } from './cel.js';
import type { CheckContext } from './types.js';
import type { RoadmapItem, RoadmapVendor } from './schema.js';

function toCelProcess(process: Process, evaluation: Evaluation | undefined): CelProcess {
  const answers = new CelAnswers();
  for (const [id, value] of Object.entries(process.answers)) answers[id] = typeof value === 'number' ? BigInt(Math.round(value)) : value;
  const init: ConstructorParameters<typeof CelProcess>[0] = {
    id: process.id,
    name: process.name,
    function: process.function ?? '',
    known: true,
    verdict: evaluation?.verdict ?? 'incomplete',
    answers,
  };
  if (evaluation?.score !== null && evaluation?.score !== undefined) Object.assign(init, { score: evaluation.score });
  return new CelProcess(init);
}

/** A process the inventory does not have: known is false and nothing is answered. */
export const unknownCelProcess = (id: string): CelProcess =>
  new CelProcess({ id, name: '', function: '', known: false, verdict: 'unknown', answers: new CelAnswers() });

function toCelVendor(id: string, vendor: RoadmapVendor | null | undefined): CelVendor {
  const scope = vendor?.scope;
  return new CelVendor({
    id,
    name: vendor?.name ?? '',
    scope: scope === undefined || scope === null ? [] : Array.isArray(scope) ? scope : [scope],
    known: vendor !== undefined,
  });
}

function toCelItem(item: RoadmapItem, index: number): CelItem {
  const slas = (item.slas ?? []).map((s) => {
    const init: ConstructorParameters<typeof CelSla>[0] = { metric: s.metric, unit: s.unit };
    if (typeof s.baseline === 'number') Object.assign(init, { baseline: s.baseline });
    if (typeof s.target === 'number') Object.assign(init, { target: s.target });
    return new CelSla(init);
  });
  return new CelItem({
    process: item.process,
    vendor: item.vendor,
    wave: BigInt(item.wave),
    engagement: item.engagement,
    location: item.location,
    ip_owner: item.ip_owner ?? '',
    slas,
    index: BigInt(index),
  });
}

export interface CelValues {
  roadmap: CelRoadmap;
  processes: Map<string, CelProcess>;
  items: CelItem[];
  /** The variables of the `item` scope for item `index`. */
  forItem(index: number): Record<string, unknown>;
}

/** Built once per roadmap file, so each condition costs one evaluation per item and no conversions. */
export function buildCelValues(ctx: CheckContext): CelValues {
  const processes = new Map<string, CelProcess>();
  for (const p of ctx.inventory.processes) processes.set(p.id, toCelProcess(p, ctx.evaluations.get(p.id)));
  const vendors = new Map<string, CelVendor>();
  for (const [id, v] of ctx.vendors) vendors.set(id, toCelVendor(id, v));
  const items = ctx.items.map(toCelItem);
  const review = ctx.roadmap.review;
  const loop = review?.feedback_loop;
  const roadmap = new CelRoadmap({
    name: ctx.roadmap.name ?? '',
    owner: ctx.roadmap.owner ?? '',
    cadence: review?.cadence ?? '',
    feedback_loop: loop === true || (typeof loop === 'string' && loop !== ''),
    items,
    vendors,
  });
  return {
    roadmap,
    processes,
    items,
    forItem(index) {
      const item = items[index] as CelItem;
      return {
        item,
        process: processes.get(item.process) ?? unknownCelProcess(item.process),
        vendor: vendors.get(item.vendor) ?? toCelVendor(item.vendor, undefined),
        roadmap,
        processes,
      };
    },
  };
}
