import type { Evaluation } from '../engine/evaluate.js';
import type { Process } from '../inventory/types.js';
import type { Method } from '../method.js';

export interface WaveInfo {
  wave: number;
  /** Why the process is in that wave, in words. */
  why: string;
}

const answer = (process: Process | undefined, id: string, worst: number): number => {
  const v = process?.answers[id];
  return typeof v === 'number' ? v : worst;
};

/**
 * The hand-over order the social media article advises: start with non-core, low-risk work and
 * hand over more as comfort grows; 004 step 6 adds the technology side. A
 * candidate goes in wave 1 when its risk and tech complexity are both low,
 * wave 2 when both are at most medium, and wave 3 otherwise. An unanswered
 * answer counts as the highest, as unknowns do everywhere in the method.
 * Empty waves are skipped, so waves are numbered 1, 2, 3 without gaps.
 */
export function assignWaves(shortlist: readonly Evaluation[], processes: ReadonlyMap<string, Process>, method: Method): Map<string, WaveInfo> {
  const { min, max } = method.scale;
  const low = Math.round(min + (max - min) * 0.25);
  const medium = Math.round(min + (max - min) * 0.5);
  const band = (e: Evaluation) => {
    const p = processes.get(e.id);
    const level = Math.max(answer(p, 'risk', max), answer(p, 'tech_complexity', max));
    return level <= low ? 1 : level <= medium ? 2 : 3;
  };
  const bands = new Map(shortlist.map((e) => [e.id, band(e)]));
  const used = [...new Set(bands.values())].sort((a, b) => a - b);
  const WHY = {
    1: `low risk and simple to hand over (risk and tech_complexity at most ${low}): start here`,
    2: `medium risk or complexity (at most ${medium}): once the first wave runs well`,
    3: `higher risk or complexity, or not answered: hand over once comfort with the vendor has grown`,
  } as const;
  const out = new Map<string, WaveInfo>();
  for (const [id, b] of bands) out.set(id, { wave: used.indexOf(b) + 1, why: WHY[b as 1 | 2 | 3] });
  return out;
}

/** Wave number by process id. */
export function planWaves(shortlist: readonly Evaluation[], processes: ReadonlyMap<string, Process>, method: Method): Map<string, number> {
  return new Map([...assignWaves(shortlist, processes, method)].map(([id, w]) => [id, w.wave]));
}

/** Hand-over order: wave, then lower risk, then lower tech complexity, then rank. */
export function handOverOrder(shortlist: readonly Evaluation[], processes: ReadonlyMap<string, Process>, method: Method): Evaluation[] {
  const waves = planWaves(shortlist, processes, method);
  const max = method.scale.max;
  return [...shortlist].sort((a, b) => {
    const pa = processes.get(a.id);
    const pb = processes.get(b.id);
    return (
      (waves.get(a.id) ?? 0) - (waves.get(b.id) ?? 0) ||
      answer(pa, 'risk', max) - answer(pb, 'risk', max) ||
      answer(pa, 'tech_complexity', max) - answer(pb, 'tech_complexity', max) ||
      (a.rank ?? 0) - (b.rank ?? 0)
    );
  });
}
