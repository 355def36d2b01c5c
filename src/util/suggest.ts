/** Levenshtein distance, bounded so long hostile strings cost little. */
export function editDistance(a: string, b: string, limit = 64): number {
  if (a.length > limit || b.length > limit) return Math.abs(a.length - b.length) + limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest known word, if it is close enough to be a likely typo. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

export const didYouMean = (word: string, known: Iterable<string>): string => {
  const guess = closest(word, known);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
};

/**
 * `didYouMean` for the first `max` words only: each suggestion costs an edit
 * distance per known word, and a few are enough to catch typos in a big file.
 */
export function limitedDidYouMean(max = 20): (word: string, known: Iterable<string>) => string {
  let left = max;
  return (word, known) => (left-- > 0 ? didYouMean(word, known) : '');
}
