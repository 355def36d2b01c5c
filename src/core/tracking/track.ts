import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import type { Metric } from '../inventory/types.js';
import { normaliseMetricName, type Better, type MetricDirections } from '../metrics/direction.js';
import type { LoadedRoadmap } from '../roadmap/load.js';
import { slaDirection } from '../roadmap/sla-direction.js';
import { didYouMean } from '../../util/suggest.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import type { Actual, ActualsFile } from './actuals.js';
import { actionFor, type Action } from './feedback.js';
import type { TrackingSettings } from './settings.js';
import { statusAt, statusOf, type Status } from './status.js';
import { trendOf, type Trend } from './trend.js';

/** One SLA of the roadmap, with what was measured against it. */
export interface TrackedSla {
  process: string;
  metric: string;
  unit: string;
  vendor: string;
  wave: number;
  status: Status;
  latest: { period: string; value: number } | null;
  baseline: number | null;
  target: number | null;
  better: Better;
  tolerance: number;
  reason: string;
  /** Every actual, oldest first. */
  history: { period: string; value: number }[];
  trend: Trend | null;
  /** What to do next, for a red SLA or one amber for several periods running. */
  action: Action | null;
  /** Index of its item and of the SLA in the item's `slas:`. */
  path: { item: number; sla: number };
  /** When red: the first period of the current run of red, and how many months it has lasted since. */
  redSince: { period: string; months: number } | null;
}

export interface TrackResult {
  roadmap: string;
  actualsFile: string;
  /** Where an SLA is in the roadmap; computed on demand, as few reports point at SLAs. */
  locate(sla: TrackedSla): { file: string; line: number; column: number };
  slas: TrackedSla[];
  summary: { green: number; amber: number; red: number; no_data: number };
}

export interface TrackInput {
  roadmap: LoadedRoadmap;
  actuals: ActualsFile;
  /** The inventory's metrics of a process: a direction stated there counts for the SLA of the same name. */
  metricsOf(process: string): readonly Metric[] | undefined;
  directions: MetricDirections | undefined;
  settings: TrackingSettings;
  /** How the inventory is named in the advice to re-run the assessment. */
  inventoryPath: string;
}

interface Slot {
  sla: Omit<TrackedSla, 'status' | 'latest' | 'reason' | 'history' | 'trend' | 'action' | 'redSince'>;
  window: number;
  /** The SLA's unit as actuals are compared with it. */
  unitKey: string;
  actuals: Actual[];
  /** Index of the record of each period, for the line of a duplicate. */
  firstOf: Map<string, number>;
}

const show = (s: string) => sanitize(truncate(s, 80));
/** Actuals repeat the same few metric names thousands of times: normalise each once. */
function nameMaker(): (metric: string) => string {
  const names = new Map<string, string>();
  return (metric) => {
    let name = names.get(metric);
    if (name === undefined) names.set(metric, (name = normaliseMetricName(metric)));
    return name;
  };
}
const MAX_ERRORS = 20;

/**
 * Joins the actuals to the roadmap's SLAs and gives each SLA its status,
 * trend and next action. An actual that belongs to no SLA, a unit that is
 * not the SLA's, or a second value for one period is an error: tracking
 * never guesses which SLA a number was meant for.
 */
export function trackRoadmap(input: TrackInput): Result<TrackResult> {
  const { roadmap, actuals, settings } = input;
  const errors: Diagnostic[] = [];
  const nameOf = nameMaker();
  // Process, then normalised metric name: no key is built per actual.
  const slotsByProcess = new Map<string, Map<string, Slot>>();
  const slots: Slot[] = [];
  const metricsByProcess = new Map<string, string[]>();
  (roadmap.roadmap.items ?? []).forEach((item, i) => {
    const names = metricsByProcess.get(item.process) ?? [];
    metricsByProcess.set(item.process, names);
    const ofProcess = slotsByProcess.get(item.process) ?? new Map<string, Slot>();
    slotsByProcess.set(item.process, ofProcess);
    (item.slas ?? []).forEach((sla, j) => {
      const key = nameOf(sla.metric);
      if (ofProcess.has(key)) return;
      names.push(sla.metric);
      const better = slaDirection(sla, input.metricsOf(item.process), input.directions);
      const pos = () => roadmap.doc.locate(['items', i, 'slas', j]) ?? { line: 1, column: 1 };
      if (!better) {
        if (errors.length < MAX_ERRORS)
          errors.push({
            file: roadmap.file,
            ...pos(),
            message: `SLA "${show(sla.metric)}" of "${item.process}": the metric catalogue does not know whether lower or higher is better; add better: lower or better: higher`,
          });
        return;
      }
      const slot: Slot = {
        sla: {
          process: item.process,
          metric: sla.metric,
          unit: sla.unit,
          vendor: item.vendor,
          wave: item.wave,
          baseline: sla.baseline ?? null,
          target: sla.target ?? null,
          better,
          tolerance: sla.tolerance ?? settings.tolerance,
          path: { item: i, sla: j },
        },
        window: sla.window ?? settings.window,
        unitKey: sla.unit.trim().toLowerCase(),
        actuals: [],
        firstOf: new Map(),
      };
      ofProcess.set(key, slot);
      slots.push(slot);
    });
  });
  if (errors.length > 0) return fail(...errors);

  const where = (a: Actual, field?: Parameters<ActualsFile['locate']>[1]) => ({ file: actuals.file, ...actuals.locate(a.index, field) });
  for (const a of actuals.actuals) {
    if (errors.length >= MAX_ERRORS) break;
    const names = metricsByProcess.get(a.process);
    if (!names) {
      errors.push({ ...where(a, 'process'), message: `process "${show(a.process)}" is not on the roadmap${didYouMean(a.process, metricsByProcess.keys())}` });
      continue;
    }
    const slot = slotsByProcess.get(a.process)?.get(nameOf(a.metric));
    if (!slot) {
      const known = names.length > 0 ? `; its SLAs are ${names.map((m) => `"${show(m)}"`).join(', ')}` : '; it has no SLAs';
      errors.push({ ...where(a, 'metric'), message: `"${show(a.metric)}" is not an SLA of "${a.process}"${didYouMean(a.metric, names)}${known}` });
      continue;
    }
    if (a.unit !== undefined && a.unit !== slot.sla.unit && a.unit.toLowerCase() !== slot.unitKey) {
      errors.push({
        ...where(a, 'unit'),
        message: `unit "${show(a.unit)}" differs from the unit of the SLA "${show(slot.sla.metric)}" of "${a.process}", "${show(slot.sla.unit)}"; convert the value or fix the unit`,
      });
      continue;
    }
    const first = slot.firstOf.get(a.period.text);
    if (first !== undefined) {
      const firstLine = actuals.locate(first)?.line;
      errors.push({
        ...where(a, 'period'),
        message: `a second value for "${show(slot.sla.metric)}" of "${a.process}" in ${a.period.text}${firstLine === undefined ? '' : ` (the first is at line ${firstLine})`}; keep one value per SLA and period`,
      });
      continue;
    }
    slot.firstOf.set(a.period.text, a.index);
    slot.actuals.push(a);
  }
  if (errors.length > 0) return fail(...errors);

  const slas = slots.map((slot) => judge(slot, settings, input.inventoryPath, roadmap));
  const summary = { green: 0, amber: 0, red: 0, no_data: 0 };
  for (const s of slas) summary[s.status === 'no-data' ? 'no_data' : s.status]++;
  const locate = (sla: TrackedSla) => ({
    file: roadmap.file,
    ...(roadmap.doc.locate(['items', sla.path.item, 'slas', sla.path.sla]) ?? { line: 1, column: 1 }),
  });
  return ok({ roadmap: roadmap.file, actualsFile: actuals.file, locate, slas, summary });
}

function judge(slot: Slot, settings: TrackingSettings, inventoryPath: string, roadmap: LoadedRoadmap): TrackedSla {
  const sorted = slot.actuals.sort((a, b) => a.period.months - b.period.months || (a.period.text < b.period.text ? -1 : 1));
  const values = sorted.map((a) => a.value);
  const terms = { baseline: slot.sla.baseline, target: slot.sla.target, better: slot.sla.better, tolerance: slot.sla.tolerance, unit: sanitize(slot.sla.unit) };
  const { status, reason } = statusOf(values, terms, settings.earlyWarningChanges);
  const earlier = (back: number) => statusAt(values, values.length - back, terms, settings.earlyWarningChanges);
  const last = sorted.at(-1);
  const trend = trendOf(
    // The trend is fitted on the window only: the points before it are not built.
    sorted.slice(-slot.window).map((a) => ({ x: a.period.months, y: a.value })),
    slot.sla.target,
    slot.sla.better,
    slot.window,
    settings.horizonMonths,
  );
  const history = sorted.map((a) => ({ period: a.period.text, value: a.value }));
  const action = actionFor({ ...slot.sla, status }, earlier, settings, inventoryPath, roadmap);
  let redSince: TrackedSla['redSince'] = null;
  if (status === 'red' && last) {
    let first = sorted.length - 1;
    while (first > 0 && earlier(sorted.length - first) === 'red') first--;
    const start = sorted[first] ?? last;
    redSince = { period: start.period.text, months: last.period.months - start.period.months };
  }
  return { ...slot.sla, status, latest: last ? { period: last.period.text, value: last.value } : null, reason, history, trend, action, redSince };
}
