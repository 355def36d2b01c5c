import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateInventory, type Evaluation } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { defaultMethod } from '../helpers/method.js';
import { example } from '../helpers/paths.js';

/**
 * The verdicts of the shipped examples, pinned: a change to the default
 * method or to an example that moves any of them must be deliberate.
 * Columns: id, verdict, score, rank, the gates given as reasons.
 */
type Pinned = [id: string, verdict: string, score: number | null, rank: number | null, gates: string];

const AGENCY: Pinned[] = [
  ['ad-adaptations', 'outsource', 100, 1, 'priority'],
  ['banner-resizing', 'outsource', 90, 2, 'priority'],
  ['newsletter-production', 'outsource', 81.7, 3, 'priority'],
  ['catalogue-production', 'outsource', 71.7, 5, 'priority'],
  ['btl-promotions', 'outsource', 73.3, 4, 'priority'],
  ['photo-retouching', 'outsource', 68.3, 7, 'priority'],
  ['proofreading', 'outsource', 65, 9, 'priority'],
  ['seo', 'outsource', 66.7, 8, 'priority'],
  ['blog-upkeep', 'outsource', 51.7, 11, 'priority'],
  ['social-media-upkeep', 'outsource', 70, 6, 'priority'],
  ['social-media-monitoring', 'outsource', 53.3, 10, 'priority'],
  ['web-maintenance', 'outsource', 48.3, 12, 'priority'],
  ['brand-strategy', 'keep', null, null, 'competitive-advantage no-vendor-parity'],
  ['creative-concepts', 'keep', null, null, 'competitive-advantage no-vendor-parity'],
  ['social-media-strategy', 'keep', null, null, 'competitive-advantage'],
  ['timesheet-admin', 'keep', null, null, 'too-little-benefit'],
  ['client-service', 'retain', null, null, 'face-to-face'],
  ['media-buying', 'split', 43.3, 13, 'assures-compliance priority'],
  ['invoicing-billing', 'retain', null, null, 'internal-politics'],
  ['video-editing', 'defer', null, null, 'in-progress'],
  ['pitch-production', 'defer', null, null, 'roadmap-undecided'],
  ['pharma-packaging-artwork', 'defer', null, null, 'high-jeopardy contractual-duty'],
  ['translation-localisation', 'incomplete', null, null, 'internal-politics'],
  ['influencer-outreach', 'incomplete', null, null, 'contractual-duty'],
];

const IT_SERVICES: Pinned[] = [
  ['basic-sysadmin', 'outsource', 80, 1, 'priority'],
  ['helpdesk-l1', 'outsource', 71.7, 2, 'priority'],
  ['network-monitoring', 'outsource', 61.7, 6, 'priority'],
  ['software-testing', 'outsource', 68.3, 4, 'priority'],
  ['payroll', 'outsource', 65, 5, 'priority'],
  ['marcom', 'outsource', 70, 3, 'priority'],
  ['documentation', 'outsource', 60, 7, 'priority'],
  ['application-maintenance', 'outsource', 48.3, 9, 'priority'],
  ['infrastructure-design', 'keep', null, null, 'competitive-advantage no-vendor-parity'],
  ['cloud-consulting', 'keep', null, null, 'competitive-advantage'],
  ['internal-newsletter', 'keep', null, null, 'too-little-benefit'],
  ['pre-sales-support', 'retain', null, null, 'face-to-face'],
  ['security-operations', 'split', 45, 10, 'assures-compliance priority'],
  ['public-sector-support', 'retain', null, null, 'needs-authorisation'],
  ['data-centre-operations', 'defer', null, null, 'high-jeopardy contractual-duty'],
  ['service-desk-tooling', 'defer', null, null, 'in-progress'],
  ['aiops-automation', 'defer', null, null, 'roadmap-undecided'],
  ['licence-management', 'incomplete', null, null, 'no-vendor-parity'],
  ['field-engineering', 'split', 55, 8, 'face-to-face priority'],
];

const method = defaultMethod();

function evaluate(name: string): Evaluation[] {
  const result = loadInventory(readFileSync(example(name), 'utf8'), `examples/${name}`, method);
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return evaluateInventory(result.value, method).evaluations;
}

const pinned = (evaluations: Evaluation[]): Pinned[] => evaluations.map((e) => [e.id, e.verdict, e.score, e.rank, e.reasons.map((r) => r.gate).join(' ')]);
const count = (evaluations: Evaluation[], verdict: string) => evaluations.filter((e) => e.verdict === verdict).length;

describe('examples: pinned verdicts', () => {
  it('agency.yaml', () => {
    expect(pinned(evaluate('agency.yaml'))).toEqual(AGENCY);
  });

  it('agency.csv', () => {
    expect(pinned(evaluate('agency.csv'))).toEqual(AGENCY);
  });

  it('it-services.yaml', () => {
    expect(pinned(evaluate('it-services.yaml'))).toEqual(IT_SERVICES);
  });

  it('show every verdict, with the counts examples/README.md states', () => {
    const agency = evaluate('agency.yaml');
    const itServices = evaluate('it-services.yaml');
    expect(['outsource', 'split', 'keep', 'retain', 'defer', 'incomplete'].map((v) => count(agency, v))).toEqual([12, 1, 4, 2, 3, 2]);
    expect(['outsource', 'split', 'keep', 'retain', 'defer', 'incomplete'].map((v) => count(itServices, v))).toEqual([8, 2, 3, 2, 3, 1]);
    expect(agency.find((e) => e.id === 'blog-upkeep')?.confidence).toBe(0.8);
  });
});

describe('examples: what an outsourcing expert would sign', () => {
  const byId = (name: string) => new Map(evaluate(name).map((e) => [e.id, e]));

  it('media buying, security operations and field engineering hand out the execution and say what stays in-house', () => {
    const agency = byId('agency.yaml');
    const it = byId('it-services.yaml');
    for (const [e, kept] of [
      [agency.get('media-buying'), 'the ownership of compliance'],
      [it.get('security-operations'), 'the ownership of compliance'],
      [it.get('field-engineering'), 'the client relationship'],
    ] as const) {
      expect(e?.verdict).toBe('split');
      const step4 = e?.reasons.filter((r) => r.step === 4) ?? [];
      expect(step4).toHaveLength(1);
      expect(step4[0]?.message).toContain(kept);
      expect(step4[0]?.message).toContain('stay in-house');
    }
  });

  it('client service stays whole: its relationship is the work (separable: false)', () => {
    const e = byId('agency.yaml').get('client-service');
    expect(e?.verdict).toBe('retain');
    expect(e?.reasons[0]?.message).toContain('separable = false, so the whole process stays');
  });
});

describe('examples: agency.yaml and agency.csv', () => {
  it('give the same evaluation in every field of the score contract', () => {
    const contract = (e: Evaluation) => ({
      id: e.id,
      name: e.name,
      function: e.function,
      verdict: e.verdict,
      score: e.score,
      rank: e.rank,
      confidence: e.confidence,
      reasons: e.reasons,
      missing: e.missing,
    });
    expect(evaluate('agency.csv').map(contract)).toEqual(evaluate('agency.yaml').map(contract));
  });
});
