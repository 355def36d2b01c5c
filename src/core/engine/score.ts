import type { Answers, Method } from '../method.js';

export interface Contribution {
  criterion: string;
  effect: 'raises' | 'lowers';
  weight: number;
  value: number | null;
  /** Points of the 0-100 score this answer earned, and the most it could have. */
  points: number;
  max: number;
}

export interface Priority {
  /** Unrounded, for ranking. */
  score: number;
  confidence: number;
  /** Sum of the unweighted 0-1 utilities: exact in floating point, so it breaks score ties without breaking dominance. */
  utility: number;
}

/** How favourable an answer is, 0 (worst) to 1 (best). Unanswered counts as worst. */
function utilityOf(value: unknown, effect: 'raises' | 'lowers', min: number, max: number): number {
  if (typeof value !== 'number') return 0;
  const u = (value - min) / (max - min);
  return effect === 'raises' ? u : 1 - u;
}

/**
 * Step 6: a weighted mean of how favourable each answer is, on 0-100. The
 * score is monotone in every answer for any positive weights, which is what
 * makes the dominance rule of the ranking hold.
 */
export function scorePriority(answers: Answers, method: Method): Priority {
  const { min, max } = method.scale;
  let weighted = 0;
  let answeredWeight = 0;
  let utility = 0;
  for (const p of method.priority) {
    const value = answers[p.criterion];
    const u = utilityOf(value, p.effect, min, max);
    weighted += p.weight * u;
    utility += u;
    if (value !== undefined) answeredWeight += p.weight;
  }
  const total = method.totalWeight;
  return {
    score: total > 0 ? (100 * weighted) / total : 0,
    confidence: total > 0 ? answeredWeight / total : 1,
    utility,
  };
}

export function contributions(answers: Answers, method: Method): Contribution[] {
  const { min, max } = method.scale;
  const total = method.totalWeight;
  return method.priority.map((p) => {
    const value = answers[p.criterion];
    const share = total > 0 ? (100 * p.weight) / total : 0;
    return {
      criterion: p.criterion,
      effect: p.effect,
      weight: p.weight,
      value: typeof value === 'number' ? value : null,
      points: share * utilityOf(value, p.effect, min, max),
      max: share,
    };
  });
}
