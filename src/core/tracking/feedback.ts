import type { LoadedRoadmap } from '../roadmap/load.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import type { TrackingSettings } from './settings.js';
import type { Status } from './status.js';

/** What to do about an SLA that went wrong: the roadmap item it belongs to and the steps of the feedback loop. */
export interface Action {
  why: string;
  item: { process: string; vendor: string; wave: number };
  steps: string[];
}

interface Subject {
  process: string;
  metric: string;
  vendor: string;
  wave: number;
  status: Status;
}

const show = (s: string) => sanitize(truncate(s, 80));

/**
 * Strategise, implement, feedback: a red SLA, or one amber for several
 * periods running, goes back to the vendor and to the assessment that put
 * the process on the roadmap. `earlier(k)` is the status k periods ago.
 */
export function actionFor(
  sla: Subject,
  earlier: (back: number) => Status,
  settings: TrackingSettings,
  inventoryPath: string,
  roadmap: LoadedRoadmap,
): Action | null {
  let why: string;
  if (sla.status === 'red') why = 'red';
  else if (sla.status === 'amber' && Array.from({ length: settings.amberPeriodsForAction - 1 }, (_, k) => earlier(k + 1)).every((s) => s === 'amber')) {
    why = `amber for ${settings.amberPeriodsForAction} periods running`;
  } else return null;
  const vendor = roadmap.roadmap.vendors?.[sla.vendor]?.name;
  const cadence = roadmap.roadmap.tracking?.cadence ?? roadmap.roadmap.review?.cadence;
  return {
    why,
    item: { process: sla.process, vendor: sla.vendor, wave: sla.wave },
    steps: [
      `review "${show(sla.metric)}" with ${vendor ? `${show(vendor)} (${sla.vendor})` : sla.vendor}${cadence ? ` at the ${cadence} review, or sooner` : ''}: what changed, and what they will do by when`,
      `revisit the answers of "${sla.process}" (risk, vendor parity, domain expertise, complexity): is it still a candidate to hand out, in wave ${sla.wave}?`,
      `re-run the assessment: outsource assess --inventory ${inventoryPath}`,
    ],
  };
}
