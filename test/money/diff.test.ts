import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffAssessments, type DiffSide } from '../../src/core/diff/index.js';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { diffReporters } from '../../src/reporters/diff/index.js';
import { defaultMethod } from '../helpers/method.js';
import { repoRoot } from '../helpers/paths.js';

const method = defaultMethod();
const agency = readFileSync(join(repoRoot, 'examples/agency.yaml'), 'utf8');
const side = (text: string): DiffSide => {
  const r = loadInventory(text, 'x.yaml', method);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return { inventory: r.value, assessment: evaluateInventory(r.value, method), method };
};
const report = (before: string, after: string) => ({
  result: diffAssessments(side(before), side(after)),
  old: { file: 'old.yaml', rules: 'default rules' },
  new: { file: 'new.yaml', rules: 'default rules' },
});

describe('diff with money', () => {
  it('shows the change in saving, transition and NPV, per process largest first', () => {
    // A seat 400 dearer: 3 seats × 400 × 12 = 14,400 more a year for ad-adaptations, plus 6 % governance = 15,264 less saving.
    const r = report(agency, agency.replace('seat_monthly: 4200', 'seat_monthly: 4600'));
    const money = r.result.money;
    // Seats bought at the seat price (newsletters have their own quote): ad 3, banner 2, photo 2, social upkeep 3,
    // monitoring 1 at 6 % governance = 11 × 4,800 × 1.06 = 55,968; seo 2 × 4,800 × 1.10 = 10,560; 66,528 in all.
    expect((money?.old.annual_saving ?? 0) - (money?.new.annual_saving ?? 0)).toBeCloseTo(66_528, 6);
    const ad = money?.processes.find((p) => p.id === 'ad-adaptations');
    expect((ad?.old?.annual_saving ?? 0) - (ad?.new?.annual_saving ?? 0)).toBeCloseTo(15_264, 6);
    expect(money?.processes[0]?.npv_change).toBeLessThan(0);
    const table = diffReporters.table(r, { color: false, width: 100 });
    expect(table).toContain('Business case (EUR)');
    expect(table).toMatch(/annual saving: €540,278 -> €\d{3},\d{3} \(-€\d+,\d{3}\)/);
    const json = JSON.parse(diffReporters.json(r, { color: false, width: 100 })) as { money?: { processes: unknown[] } };
    expect(json.money?.processes.length).toBeGreaterThan(0);
    expect(diffReporters.markdown(r, { color: false, width: 100 })).toContain('## Business case (EUR)');
  });

  it('says nothing about money when neither side gives any', () => {
    const plain = readFileSync(join(repoRoot, 'examples/it-services.yaml'), 'utf8');
    const r = report(plain, plain);
    expect(r.result).not.toHaveProperty('money');
    expect(diffReporters.json(r, { color: false, width: 100 })).not.toContain('money');
  });
});
