import type { Scorecard, VendorScore } from '../../core/vendors/score.js';

export const WEIGHT_SOURCE: Record<Scorecard['weightSource'], string> = {
  default: 'default weights',
  file: 'weights from the vendors file',
  override: 'weights from --weights',
};

const pct = (w: number) => `${Math.round(w * 100)}%`;

/** "vertical expertise 19%, quality and SLA record 19%, ..." heaviest first. */
export function weightsLine(card: Scorecard): string {
  return [...card.weights]
    .filter((w) => w.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((w) => `${w.label.toLowerCase()} ${pct(w.weight)}`)
    .join(', ');
}

/** The criterion that earned most and the one that lost most, in words. */
export function strengths(v: VendorScore): { strongest: string; weakest: string } {
  let best = v.contributions[0];
  let worst = v.contributions[0];
  for (const c of v.contributions) {
    if (c.max === 0) continue;
    if (!best || c.points > best.points) best = c;
    if (!worst || c.max - c.points > worst.max - worst.points) worst = c;
  }
  const show = (c: typeof best) => (c ? `${c.criterion} ${c.rating ?? 'unrated'}` : '-');
  return { strongest: show(best), weakest: show(worst) };
}
