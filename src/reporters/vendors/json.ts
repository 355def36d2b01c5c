import type { Scorecard } from '../../core/vendors/score.js';

/** The version of this output's shape: bumped only if a field changes meaning; fields are added freely. */
export const VENDORS_JSON_VERSION = 1;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Everything behind the ranking: normalised weights, each vendor's points, every finding. */
export function renderVendorsJson(card: Scorecard): string {
  const summary = { warning: 0, info: 0 };
  for (const f of card.findings) summary[f.severity]++;
  const out = {
    version: VENDORS_JSON_VERSION,
    ...(card.organisation === undefined ? {} : { organisation: card.organisation }),
    weights: Object.fromEntries(card.weights.map((w) => [w.criterion, round(w.weight)])),
    weight_source: card.weightSource,
    vendors: card.vendors.map((v) => ({
      ...v,
      contributions: v.contributions.map((c) => ({ ...c, weight: round(c.weight), points: round(c.points), max: round(c.max) })),
    })),
    findings: card.findings,
    summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
