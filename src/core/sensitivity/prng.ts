/** The seed used when none is given, so that two runs of the same command agree. */
export const DEFAULT_SEED = 1;

/**
 * mulberry32: a tiny 32-bit PRNG. Not for cryptography; chosen because it is
 * seedable, fast, has no dependencies and gives the same sequence on every
 * platform, which is what makes `--seed N` reproducible.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
