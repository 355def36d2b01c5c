import type { Scorecard, VendorScore } from '../../core/vendors/score.js';

export const WEIGHT_SOURCE: Record<Scorecard['weightSource'], string> = {
  default: 'Default weights',
  file: 'Weights from the vendors file',
  override: 'Weights from --weights',
};

const pct = (w: number) => `${Math.round(w * 100)}%`;

/** "vertical expertise 19%, quality and SLA record 19%, ..." heaviest first. */
export function weightsLine(card: Scorecard): string {
  return [...card.weights]
    .filter((w) => w.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((w) => `${w.label.charAt(0).toLowerCase()}${w.label.slice(1)} ${pct(w.weight)}`)
    .join(', ');
}

/** Its highest and lowest rating (heavier criterion first on ties), in words. */
export function strengths(v: VendorScore): { strongest: string; weakest: string } {
  const weighed = v.contributions.filter((c) => c.max > 0);
  const rating = (c: (typeof weighed)[number]) => c.rating ?? 0;
  const best = [...weighed].sort((a, b) => rating(b) - rating(a) || b.weight - a.weight)[0];
  const worst = [...weighed].filter((c) => c !== best).sort((a, b) => rating(a) - rating(b) || b.weight - a.weight)[0];
  const show = (c: typeof best) => (c ? `${c.criterion} ${c.rating ?? 'unrated'}` : '-');
  // With nothing rated there is no strength to name.
  return { strongest: best?.rating === null ? '-' : show(best), weakest: show(worst) };
}
