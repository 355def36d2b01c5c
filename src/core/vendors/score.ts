import type { Locator } from '../parse/zod-diagnostics.js';
import { VENDOR_CRITERIA, VENDOR_SCALE } from './criteria.js';
import type { VendorsFile } from './schema.js';

export type WeightSource = 'default' | 'file' | 'override';

export interface VendorWeight {
  criterion: string;
  label: string;
  /** Normalised: all weights sum to 1. */
  weight: number;
}

export interface VendorContribution {
  criterion: string;
  rating: number | null;
  weight: number;
  /** Points of the 0-100 score earned, and the most it could have. */
  points: number;
  max: number;
}

export type FindingRule = 'no-scope' | 'overlapping-scope' | 'unrated' | 'cost-heavy-weights';

export interface VendorFinding {
  rule: FindingRule;
  severity: 'warning' | 'info';
  /** The vendor it is about; absent for findings on the file as a whole. */
  vendor?: string;
  message: string;
  file: string;
  line?: number;
  column?: number;
}

export interface VendorScore {
  id: string;
  name: string;
  location: string | null;
  scope: string[];
  /** 0-100, one decimal. */
  score: number;
  rank: number;
  /** Share of the weight that was rated (0-1). */
  confidence: number;
  contributions: VendorContribution[];
  /** Rule ids of the findings about this vendor. */
  flags: FindingRule[];
}

export interface Scorecard {
  organisation?: string;
  weights: VendorWeight[];
  weightSource: WeightSource;
  /** Best first. */
  vendors: VendorScore[];
  findings: VendorFinding[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The weights in force, normalised to sum 1: an override (e.g. AHP), else the file's, else the defaults. */
export function resolveWeights(file: VendorsFile, override?: Record<string, number>): { weights: VendorWeight[]; source: WeightSource } {
  const given = override ?? file.weights;
  const source: WeightSource = override ? 'override' : file.weights ? 'file' : 'default';
  const raw = VENDOR_CRITERIA.map((c) => ({ criterion: c.id, label: c.label, weight: given ? (given[c.id] ?? 0) : c.weight }));
  const total = raw.reduce((sum, w) => sum + w.weight, 0);
  return { weights: raw.map((w) => ({ ...w, weight: total > 0 ? w.weight / total : 0 })), source };
}

/** Scope entries match whatever their case and surrounding spaces. */
const normalise = (s: string) => s.trim().toLowerCase();

/**
 * Ranks vendors by a weighted mean of their ratings (0-100). An unrated
 * criterion counts at its worst value, as an unanswered question does in the
 * method, and lowers the confidence. Flags vendors with no scope, scopes that
 * overlap (clear expectations per vendor) and weights that lean on cost
 * alone (quality and value, not cost).
 */
export function scoreVendors(file: VendorsFile, where: Locator, override?: Record<string, number>): Scorecard {
  const { weights, source } = resolveWeights(file, override);
  const { min, max } = VENDOR_SCALE;
  const findings: VendorFinding[] = [];
  const at = (path: PropertyKey[]) => ({ file: where.file, ...where.locate(path) });

  const scored = file.vendors.map((v, index) => {
    const ratings = (v.ratings ?? {}) as Record<string, number | null | undefined>;
    let points = 0;
    let answered = 0;
    const unrated: string[] = [];
    const contributions = weights.map((w): VendorContribution => {
      const rating = ratings[w.criterion] ?? null;
      const utility = rating === null ? 0 : (rating - min) / (max - min);
      if (rating === null && w.weight > 0) unrated.push(w.criterion);
      if (rating !== null) answered += w.weight;
      points += 100 * w.weight * utility;
      return { criterion: w.criterion, rating, weight: w.weight, points: 100 * w.weight * utility, max: 100 * w.weight };
    });
    if (unrated.length > 0) {
      findings.push({
        rule: 'unrated',
        severity: 'info',
        vendor: v.id,
        message: `${v.id} is not rated on ${unrated.join(', ')}; each counts as ${min}, the worst rating`,
        ...at(['vendors', index, v.ratings ? 'ratings' : 'id']),
      });
    }
    return { v, score: points, confidence: answered, contributions };
  });

  // Scopes: each vendor needs one, and no process should go to two vendors.
  const owners = new Map<string, string[]>();
  file.vendors.forEach((v, index) => {
    if (!v.scope || v.scope.length === 0) {
      findings.push({
        rule: 'no-scope',
        severity: 'warning',
        vendor: v.id,
        message: `${v.id} has no defined scope: list the processes it takes, so expectations are clear`,
        ...at(['vendors', index, v.scope ? 'scope' : 'id']),
      });
      return;
    }
    for (const item of new Set(v.scope.map(normalise))) owners.set(item, [...(owners.get(item) ?? []), v.id]);
  });
  const overlaps = new Map<string, Map<string, string[]>>();
  for (const [item, ids] of owners) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const others = ids.filter((o) => o !== id).join(', ');
      const byOthers = overlaps.get(id) ?? new Map<string, string[]>();
      byOthers.set(others, [...(byOthers.get(others) ?? []), item]);
      overlaps.set(id, byOthers);
    }
  }
  file.vendors.forEach((v, index) => {
    for (const [others, items] of overlaps.get(v.id) ?? []) {
      findings.push({
        rule: 'overlapping-scope',
        severity: 'warning',
        vendor: v.id,
        message: `${v.id} shares ${items.join(', ')} with ${others}: give each process to one vendor, or too many cooks spoil the broth`,
        ...at(['vendors', index, 'scope']),
      });
    }
  });

  const cost = weights.find((w) => w.criterion === 'cost')?.weight ?? 0;
  if (cost > 0.5) {
    findings.push({
      rule: 'cost-heavy-weights',
      severity: 'warning',
      message: `cost carries ${Math.round(cost * 100)}% of the weight: judge vendors on quality and value too, not cost alone`,
      ...at(file.weights && !override ? ['weights', 'cost'] : []),
    });
  }

  scored.sort((a, b) => b.score - a.score || b.confidence - a.confidence || (a.v.id < b.v.id ? -1 : a.v.id > b.v.id ? 1 : 0));
  const vendors: VendorScore[] = scored.map((s, i) => ({
    id: s.v.id,
    name: s.v.name,
    location: s.v.location ?? null,
    scope: s.v.scope ?? [],
    score: round(s.score, 1),
    rank: i + 1,
    confidence: round(s.confidence, 3),
    contributions: s.contributions,
    flags: [...new Set(findings.filter((f) => f.vendor === s.v.id).map((f) => f.rule))],
  }));
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const card: Scorecard = { weights, weightSource: source, vendors, findings };
  if (file.organisation !== undefined) card.organisation = file.organisation;
  return card;
}
