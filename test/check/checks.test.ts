import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKS } from '../../src/core/roadmap/checks/index.js';
import { WAIVER_RULES } from '../../src/core/roadmap/rules.js';
import { checkFile, checkFixture, messagesOf, positionsOf } from './harness.js';

/**
 * Every default check has a failing fixture, with the exact line and column
 * of each finding (the item or field it is about), and a passing fixture that
 * differs only by the fix. Fixtures: test/fixtures/check/rules/<id>.*.yaml.
 */
const FAILING: Record<string, Record<string, [number, number][]>> = {
  'process-not-outsource': {
    fail: [
      [20, 14],
      [28, 14],
    ],
  },
  'unknown-process': { fail: [[12, 14]] },
  'unknown-vendor': { fail: [[13, 13]] },
  'missing-metrics': {
    fail: [
      [12, 5],
      [23, 5],
      [31, 9],
    ],
  },
  'sla-cost-only': { fail: [[17, 5]] },
  'sla-breached': { fail: [[20, 9]] },
  'target-not-better': {
    fail: [
      [18, 66],
      [19, 70],
      [20, 9],
      [22, 76],
    ],
  },
  'core-work-handed-out': { fail: [[12, 14]] },
  'high-risk-first-wave': { fail: [[22, 11]] },
  'location-mismatch': { fail: [[16, 15]] },
  'engagement-mismatch': { fail: [[15, 17]] },
  'process-two-vendors': { fail: [[24, 13]] },
  'duplicate-item': { fail: [[20, 14]] },
  'vendor-without-scope': {
    fail: [
      [11, 3],
      [14, 5],
    ],
  },
  'unused-vendor': { fail: [[11, 3]] },
  'no-review-cadence': {
    fail: [
      [4, 1],
      [5, 18],
    ],
    'fail-missing': [[2, 1]],
  },
  'no-owner': { fail: [[3, 1]], 'fail-missing': [[2, 1]] },
  'ip-not-owned': {
    fail: [
      [19, 15],
      [27, 15],
      [28, 5],
    ],
  },
  'split-without-owner': {
    fail: [
      [12, 14],
      [30, 5],
    ],
  },
  'no-business-case': { fail: [[12, 14]] },
  'missing-cost': { fail: [[20, 14]] },
  'waiver-missing-reason': {
    fail: [
      [12, 3],
      [32, 5],
    ],
  },
  'waiver-expired': {
    fail: [
      [12, 3],
      [33, 14],
    ],
  },
  'waiver-invalid': {
    fail: [
      [12, 3],
      [21, 3],
      [31, 11],
      [33, 11],
    ],
  },
  'waiver-unused': {
    fail: [
      [12, 3],
      [22, 5],
    ],
  },
};

const file = (rule: string, variant: string) => checkFixture('rules', `${rule}.${variant}.yaml`);

describe('every default check has a passing and a failing fixture', () => {
  it('covers every built-in check and waiver rule, and nothing else', () => {
    const ids = [...BUILT_IN_CHECKS, ...WAIVER_RULES].map((c) => c.id).sort();
    expect(Object.keys(FAILING).sort()).toEqual(ids);
    const files = readdirSync(checkFixture('rules'));
    for (const id of ids) {
      expect(files, id).toContain(`${id}.pass.yaml`);
      expect(files, id).toContain(`${id}.fail.yaml`);
    }
  });

  for (const [rule, variants] of Object.entries(FAILING)) {
    describe(rule, () => {
      for (const [variant, positions] of Object.entries(variants)) {
        it(`${variant}: fires at ${positions.map(([l, c]) => `${l}:${c}`).join(', ')}`, () => {
          const findings = checkFile(file(rule, variant));
          expect(positionsOf(findings, rule)).toEqual(positions);
          for (const f of findings.filter((x) => x.rule === rule)) {
            expect(f.file).toBe(`test/fixtures/check/rules/${rule}.${variant}.yaml`);
            expect(f.message).not.toMatch(/\n/);
          }
        });
      }
      it('pass: does not fire', () => {
        expect(positionsOf(checkFile(file(rule, 'pass')), rule)).toEqual([]);
      });
    });
  }
});

describe('what the messages say', () => {
  it('a split process is accepted on the roadmap, and its item must name who keeps the accountable part', () => {
    const passing = checkFile(file('split-without-owner', 'pass'));
    expect(positionsOf(passing, 'process-not-outsource')).toEqual([]);
    const [missing] = messagesOf(checkFile(file('split-without-owner', 'fail')), 'split-without-owner');
    expect(missing).toContain('"media-buying" is a split');
    expect(missing).toContain("the ownership of compliance and the checking of the vendor's work stay in-house");
    expect(missing).toContain('add in_house_owner:');
  });

  it('process-not-outsource names the verdict, the step and the gate that stopped the process', () => {
    const [keep, incomplete] = messagesOf(checkFile(file('process-not-outsource', 'fail')), 'process-not-outsource');
    expect(keep).toContain('process "brand-strategy" has verdict "keep"');
    expect(keep).toContain('step 3 by gate "competitive-advantage"');
    expect(keep).toContain('core_competency = 5');
    expect(keep).toMatch(/take it off the roadmap/);
    expect(incomplete).toContain('"incomplete"');
    expect(incomplete).toContain('politically_sensitive is not answered (gate "internal-politics")');
  });

  it('unknown-process and unknown-vendor suggest the closest id', () => {
    expect(messagesOf(checkFile(file('unknown-process', 'fail')), 'unknown-process')[0]).toContain('(did you mean "banners"?)');
    expect(messagesOf(checkFile(file('unknown-vendor', 'fail')), 'unknown-vendor')[0]).toContain('(did you mean "hub"?)');
  });

  it('missing-metrics offers the baseline the inventory already measured', () => {
    const [noSla, , noTarget] = messagesOf(checkFile(file('missing-metrics', 'fail')), 'missing-metrics');
    expect(noSla).toContain("the inventory's baseline for turnaround is 16 hours");
    expect(noTarget).toBe('SLA "errors reaching client" of "proofreading" has no target; add the target the vendor commits to');
  });

  it('process-two-vendors and duplicate-item point back at the first item', () => {
    expect(messagesOf(checkFile(file('process-two-vendors', 'fail')), 'process-two-vendors')).toEqual([
      'process "banners" is also given to vendor "hub" (line 15); give each process to one vendor',
    ]);
    expect(messagesOf(checkFile(file('duplicate-item', 'fail')), 'duplicate-item')[0]).toContain('at line 12; merge the two items');
  });

  it('ip-not-owned tells vendor, shared and missing apart', () => {
    const messages = messagesOf(checkFile(file('ip-not-owned', 'fail')), 'ip-not-owned');
    expect(messages[0]).toContain('would belong to vendor "hub"');
    expect(messages[1]).toContain('would belong to the organisation and vendor "hub" together');
    expect(messages[2]).toContain('does not say who owns');
  });

  it("location-mismatch and engagement-mismatch give the method's reason", () => {
    expect(messagesOf(checkFile(file('location-mismatch', 'fail')), 'location-mismatch')[0]).toContain('keeps it onshore because language_culture 5');
    expect(messagesOf(checkFile(file('engagement-mismatch', 'fail')), 'engagement-mismatch')[0]).toContain('project-support fits its volume: seasonal volume');
  });

  it('gives every built-in check a severity, a summary, a seed and a fix', () => {
    for (const c of [...BUILT_IN_CHECKS, ...WAIVER_RULES]) {
      expect(['error', 'warning', 'info'], c.id).toContain(c.severity);
      expect(c.summary.length, c.id).toBeGreaterThan(20);
      expect(c.seed, c.id).toMatch(/^00[0-4]/);
      expect(c.fix.length, c.id).toBeGreaterThan(10);
    }
  });
});
