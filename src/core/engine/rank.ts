import type { Priority } from './score.js';

export interface Rankable {
  id: string;
  priority: Priority;
}

/**
 * Best first: higher score; on equal scores, higher unweighted utility (so a
 * process that dominates another always ranks above it, even when floating
 * point rounds their weighted scores together); then id, which is unique, so
 * the order never depends on the order of the input.
 */
export function compareForRank(a: Rankable, b: Rankable): number {
  if (a.priority.score !== b.priority.score) return b.priority.score - a.priority.score;
  if (a.priority.utility !== b.priority.utility) return b.priority.utility - a.priority.utility;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Ranks 1..n in the order of `compareForRank`; returns the ranked list. */
export function assignRanks<T extends Rankable & { rank: number | null }>(items: T[]): T[] {
  const ranked = [...items].sort(compareForRank);
  ranked.forEach((item, index) => {
    item.rank = index + 1;
  });
  return ranked;
}
