import { CompactIds } from '../inventory/compact-ids.js';
import { InputChanged, NotStreamable } from '../inventory/not-streamable.js';
import type { Process } from '../inventory/types.js';
import { isCandidate, type Method } from '../method.js';
import { evaluateProcess } from './evaluate.js';
import { scorePriority } from './score.js';
import type { EvaluationStream } from './stream.js';
import { verdictOf } from './verdict.js';

/** What the first reading keeps of each process: its id, and its rank when it is a candidate. */
export interface FirstReading {
  count: number;
  ids: CompactIds;
  /** Rank of each row, 0 for a process that is not a candidate. */
  ranks: Int32Array;
  /** Unrounded score of each row (NaN for no candidate): a second reading that gives another one read another file. */
  scores: Float64Array;
}

/**
 * The first of two readings of an inventory too large to hold: only the
 * verdict and the priority of each process (no reasons, no possibilities), to
 * rank the candidates as `evaluateInventory` does (score, then utility, then
 * id). A duplicate id throws NotStreamable: the whole-file reader words it.
 */
export function firstReading(processes: Iterable<Process>, method: Method): FirstReading {
  const ids = new CompactIds();
  let scores = new Float64Array(1 << 12);
  let candidates = new Int32Array(1 << 12);
  let utilities = new Float64Array(1 << 12);
  let candidateCount = 0;
  for (const process of processes) {
    const row = ids.size;
    if (ids.add(process.id) !== -1) throw new NotStreamable('a duplicate id');
    if (row >= scores.length) scores = grown(scores);
    scores[row] = Number.NaN;
    if (!isCandidate(verdictOf(process.answers, method))) continue;
    const priority = scorePriority(process.answers, method);
    scores[row] = priority.score;
    if (candidateCount >= candidates.length) {
      candidates = grown(candidates);
      utilities = grown(utilities);
    }
    candidates[candidateCount] = row;
    utilities[candidateCount] = priority.utility;
    candidateCount++;
  }
  const order = new Int32Array(candidateCount);
  for (let i = 0; i < candidateCount; i++) order[i] = i;
  // compareForRank, on rows: higher score, then higher utility, then id.
  order.sort((a, b) => {
    const rowA = candidates[a]!;
    const rowB = candidates[b]!;
    const scoreA = scores[rowA]!;
    const scoreB = scores[rowB]!;
    if (scoreA !== scoreB) return scoreB - scoreA;
    if (utilities[a] !== utilities[b]) return utilities[b]! - utilities[a]!;
    return ids.compare(rowA, rowB);
  });
  ids.seal();
  const count = ids.size;
  const ranks = new Int32Array(count);
  for (let i = 0; i < candidateCount; i++) ranks[candidates[order[i]!]!] = i + 1;
  return { count, ids, ranks, scores: scores.subarray(0, count) };
}

/**
 * The full evaluations, one per process of a second reading, with the ranks
 * of the first. A second reading that differs (another id at a row, another
 * score, more or fewer rows) throws InputChanged: the ranks would not be the
 * file's. Without currency columns there is no business case to attach.
 */
export function secondReading(read: () => Iterable<Process>, first: FirstReading, method: Method): EvaluationStream {
  return {
    moneyShown: false,
    *evaluations() {
      let row = 0;
      for (const process of read()) {
        if (row >= first.count || !first.ids.equals(row, process.id)) throw new InputChanged(`row ${row + 1} has another id`);
        const evaluation = evaluateProcess(process, method);
        const score = first.scores[row]!;
        if (evaluation.priority === null ? !Number.isNaN(score) : evaluation.priority.score !== score)
          throw new InputChanged(`row ${row + 1} has other answers`);
        if (evaluation.priority !== null) evaluation.rank = first.ranks[row] ?? null;
        row++;
        yield evaluation;
      }
      if (row !== first.count) throw new InputChanged(`${row} rows instead of ${first.count}`);
    },
  };
}

function grown<T extends Int32Array | Float64Array>(array: T): T {
  const next = new (array.constructor as new (n: number) => T)(array.length * 2);
  next.set(array);
  return next;
}
