import { describe, expect, it } from 'vitest';
import { findInlineIgnores } from '../../src/core/roadmap/inline.js';
import { summarize } from '../../src/reporters/check/types.js';
import { checkFixture, checkText, positionsOf, rulesFrom } from './harness.js';

const DIR = checkFixture('rules');

/** A small roadmap whose banners item has a cost-only SLA (line 16) and no ip_owner. */
function roadmap(options: { above?: string; trailing?: string; waivers?: string } = {}): string {
  return [
    'inventory: ../inventory.yaml',
    'owner: Ops',
    'review: { cadence: monthly, feedback_loop: true }',
    'vendors:',
    '  hub: { name: Hub, scope: [banners, newsletters] }',
    'items:',
    ...(options.above ? [`  ${options.above}`] : []),
    `  - process: banners${options.trailing ? `   ${options.trailing}` : ''}`,
    '    vendor: hub',
    '    wave: 1',
    '    engagement: resource-support',
    '    location: offshore',
    '    slas:',
    '      - { metric: cost per banner, unit: EUR, baseline: 20, target: 15 }',
    ...(options.waivers ? ['waivers:', ...options.waivers.split('\n').map((l) => `  ${l}`)] : []),
    '',
  ].join('\n');
}

describe('findInlineIgnores', () => {
  it('reads rules, expiry and reason; a comment on its own line targets the next line with content', () => {
    const text = 'a: 1\n  # outsource-ignore sla-cost-only, ip-not-owned expires=2025-12-31 -- agreed with the client\n\n  # another comment\nb: 2\n';
    expect(findInlineIgnores(text)).toEqual([
      { rules: ['sla-cost-only', 'ip-not-owned'], reason: 'agreed with the client', expires: '2025-12-31', line: 2, column: 3, target: 5 },
    ]);
  });

  it('a trailing comment targets its own line; "expires DATE" and "expires: DATE" are read too', () => {
    expect(findInlineIgnores('wave: 1 # outsource-ignore high-risk-first-wave expires 2025-01-02 -- ok\n')[0]).toMatchObject({
      target: 1,
      column: 9,
      expires: '2025-01-02',
      reason: 'ok',
    });
    expect(findInlineIgnores('x: 1 #outsource-ignore a expires: 2025-01-03\n')[0]).toMatchObject({ rules: ['a'], expires: '2025-01-03', reason: '' });
  });

  it('ignores other comments, and text that only mentions the word', () => {
    expect(findInlineIgnores('# outsource-ignored\nname: outsource-ignore\n# see outsource-ignore\n')).toEqual([]);
  });
});

describe('waivers', () => {
  it('a comment above an item waives a finding on any of its lines; the waived finding is kept, marked, and not counted', () => {
    const findings = checkText(roadmap({ above: '# outsource-ignore sla-cost-only, ip-not-owned -- pilot pricing; IP clause in review' }), DIR);
    const waived = findings.filter((f) => f.suppressed);
    expect(waived.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['ip-not-owned', 8, 5],
      ['sla-cost-only', 13, 5],
    ]);
    expect(waived[0]?.suppressed).toEqual({ kind: 'inline', reason: 'pilot pricing; IP clause in review', file: 'roadmap.yaml', line: 7, column: 3 });
    expect(summarize(findings)).toEqual({ error: 0, warning: 0, info: 0, suppressed: 2 });
  });

  it('a trailing comment waives only what is on its line', () => {
    const findings = checkText(roadmap({ trailing: '# outsource-ignore ip-not-owned -- IP clause in review' }), DIR);
    expect(findings.filter((f) => f.suppressed).map((f) => f.rule)).toEqual(['ip-not-owned']);
    expect(positionsOf(findings, 'sla-cost-only')).toEqual([[12, 5]]);
  });

  it('a waivers: entry waives its rule for the process it names, and only that process', () => {
    const named = checkText(roadmap({ waivers: '- { rule: sla-cost-only, process: banners, reason: pilot pricing }' }), DIR);
    expect(named.find((f) => f.rule === 'sla-cost-only')?.suppressed).toMatchObject({ kind: 'waiver', reason: 'pilot pricing', line: 15, column: 5 });
    const other = checkText(roadmap({ waivers: '- { rule: sla-cost-only, process: newsletters, reason: pilot pricing }' }), DIR);
    expect(positionsOf(other, 'sla-cost-only')).toEqual([[12, 5]]);
    expect(positionsOf(other, 'waiver-unused')).toEqual([[15, 5]]);
  });

  it('a waiver without a process or vendor waives the rule everywhere in the file; one naming a vendor waives its findings', () => {
    const all = checkText(roadmap({ waivers: '- { rule: ip-not-owned, reason: clause in review }' }), DIR);
    expect(all.find((f) => f.rule === 'ip-not-owned')?.suppressed?.kind).toBe('waiver');
    const byVendor = checkText(roadmap({ waivers: '- { rule: ip-not-owned, vendor: hub, reason: clause in review }' }), DIR);
    expect(byVendor.find((f) => f.rule === 'ip-not-owned')?.suppressed?.kind).toBe('waiver');
  });

  it('holds through its expiry day and no longer: then the finding is back, with waiver-expired', () => {
    const text = roadmap({ waivers: '- { rule: sla-cost-only, reason: pilot pricing, expires: 2025-06-01 }' });
    const onTheDay = checkText(text, DIR, { today: '2025-06-01' });
    expect(onTheDay.find((f) => f.rule === 'sla-cost-only')?.suppressed?.expires).toBe('2025-06-01');
    expect(positionsOf(onTheDay, 'waiver-expired')).toEqual([]);
    const dayAfter = checkText(text, DIR, { today: '2025-06-02' });
    expect(positionsOf(dayAfter, 'sla-cost-only')).toEqual([[12, 5]]);
    expect(positionsOf(dayAfter, 'waiver-expired')).toEqual([[15, 60]]);
    expect(dayAfter.find((f) => f.rule === 'waiver-expired')?.message).toContain('expired on 2025-06-01');
  });

  it('a waiver without a reason waives nothing and is itself an error', () => {
    const findings = checkText(roadmap({ above: '# outsource-ignore sla-cost-only' }), DIR);
    expect(positionsOf(findings, 'sla-cost-only')).toEqual([[13, 5]]);
    expect(findings.find((f) => f.rule === 'waiver-missing-reason')).toMatchObject({ severity: 'error', line: 7, column: 3 });
  });

  it('the waiver rules themselves cannot be waived', () => {
    const findings = checkText(roadmap({ above: '# outsource-ignore waiver-unused -- no' }), DIR);
    expect(findings.find((f) => f.rule === 'waiver-invalid')?.message).toContain('"waiver-unused", a waiver rule that cannot be waived');
  });

  it('a waiver of a check the rules turned off says so', () => {
    const rules = rulesFrom('extends: default\nchecks:\n  sla-cost-only: { enabled: false }\n');
    const findings = checkText(roadmap({ waivers: '- { rule: sla-cost-only, reason: pilot pricing }' }), DIR, { rules });
    expect(findings.find((f) => f.rule === 'waiver-unused')?.message).toContain('(the check is turned off in the rules)');
  });

  it('waiver rules follow the rules file too: a severity change and turning one off', () => {
    const rules = rulesFrom('extends: default\nchecks:\n  waiver-unused: { severity: error }\n  waiver-missing-reason: { enabled: false }\n');
    const findings = checkText(roadmap({ above: '# outsource-ignore sla-cost-only', waivers: '- { rule: duplicate-item, reason: x }' }), DIR, { rules });
    expect(findings.find((f) => f.rule === 'waiver-unused')?.severity).toBe('error');
    expect(findings.some((f) => f.rule === 'waiver-missing-reason')).toBe(false);
    expect(positionsOf(findings, 'sla-cost-only')).toEqual([[13, 5]]);
  });
});
