import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { positionInScalar } from '../../src/core/parse/scalar-position.js';
import { listRules } from '../../src/core/roadmap/settings.js';
import { checkFile, checkFixture, checkText, positionsOf, rulesErrorsOf, rulesFrom } from './harness.js';

const customRules = () => rulesFrom(readFileSync(checkFixture('rules-files', 'custom.yaml'), 'utf8'), 'custom.yaml');
const errorLines = (text: string) => rulesErrorsOf(text).map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);

describe('checks of your own (CEL), from the checks: section of a rules file', () => {
  it('an item check fires at the item, with its message filled in', () => {
    const findings = checkFile(checkFixture('custom-roadmap.yaml'), { rules: customRules() });
    const hit = findings.filter((f) => f.rule === 'offshore-regulated');
    expect(hit.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [11, 5, 'error', 'pharma-artwork needs an authorisation that stays in-house; do not send it offshore'],
    ]);
  });

  it('a roadmap check fires once, at the items: key', () => {
    const findings = checkFile(checkFixture('custom-roadmap.yaml'), { rules: customRules() });
    expect(findings.filter((f) => f.rule === 'small-first-wave').map((f) => [f.line, f.column, f.severity])).toEqual([[8, 1, 'warning']]);
  });

  it('changes a built-in severity and turns a built-in check off', () => {
    const withRules = checkFile(checkFixture('custom-roadmap.yaml'), { rules: customRules() });
    const without = checkFile(checkFixture('custom-roadmap.yaml'));
    expect(without.find((f) => f.rule === 'sla-cost-only')?.severity).toBe('warning');
    expect(withRules.find((f) => f.rule === 'sla-cost-only')?.severity).toBe('error');
    expect(positionsOf(without, 'unused-vendor')).toEqual([[7, 3]]);
    expect(positionsOf(withRules, 'unused-vendor')).toEqual([]);
    expect(listRules(customRules().checks).find((r) => r.id === 'unused-vendor')).toMatchObject({ enabled: false });
  });

  it('a condition that cannot be evaluated for an item fires (an unknown is never safe) and says why', () => {
    const rules = rulesFrom(
      'extends: default\nchecks:\n  risky:\n    severity: info\n    message: "{process} is risky"\n    when: process.answers.risk >= 4\n',
    );
    const findings = checkFile(checkFixture('custom-roadmap.yaml'), { rules });
    const messages = findings.filter((f) => f.rule === 'risky').map((f) => f.message);
    expect(messages).toEqual(['pharma-artwork is risky (the condition could not be evaluated here: No such key: risk; guard it with has())']);
  });

  it('sees the process verdict, the vendor and the other processes', () => {
    const rules = rulesFrom(
      [
        'extends: default',
        'checks:',
        '  not-candidate:',
        '    message: "{process} is not a candidate"',
        '    when: process.verdict != "outsource" && vendor.known && "banners" in processes',
      ].join('\n'),
    );
    const findings = checkFile(checkFixture('custom-roadmap.yaml'), { rules });
    expect(positionsOf(findings, 'not-candidate')).toEqual([[11, 5]]);
  });

  it('can be waived like a built-in check', () => {
    const text = readFileSync(checkFixture('custom-roadmap.yaml'), 'utf8').replace(
      '  - { process: pharma-artwork',
      '  # outsource-ignore offshore-regulated -- the licence holder signs off each artwork\n  - { process: pharma-artwork',
    );
    const findings = checkText(text, checkFixture(), { rules: customRules() });
    expect(findings.find((f) => f.rule === 'offshore-regulated')?.suppressed?.reason).toBe('the licence holder signs off each artwork');
  });
});

describe('a rules file with a mistake in its checks fails when it loads, at the mistake', () => {
  it('a typo in a field name: file, line and the column of the typo, with the likely name', () => {
    const text = readFileSync(checkFixture('rules-files', 'typo.yaml'), 'utf8');
    expect(errorLines(text)).toEqual(['my-rules.yaml:5:58: checks.offshore-regulated.when: No such key: regulted (did you mean "regulated"?)']);
  });

  it("in a quoted condition and in a folded block, the column is still the typo's", () => {
    const quoted = errorLines('extends: default\nchecks:\n  c:\n    message: m\n    when: "item.wave > 1 && item.locaton == \\"x\\""\n');
    expect(quoted).toEqual(['my-rules.yaml:5:34: checks.c.when: No such key: locaton (did you mean "location"?)']);
    const folded = errorLines('extends: default\nchecks:\n  c:\n    message: m\n    when: >-\n      item.wave > 1 &&\n      item.locaton == "x"\n');
    expect(folded).toEqual(['my-rules.yaml:7:12: checks.c.when: No such key: locaton (did you mean "location"?)']);
  });

  it('a syntax error, a type error and a condition that is not true/false', () => {
    expect(errorLines('extends: default\nchecks:\n  c:\n    message: m\n    when: item.wave > 1 &&\n')[0]).toMatch(
      /^my-rules\.yaml:5:27: checks\.c\.when: Unexpected token: EOF/,
    );
    expect(errorLines('extends: default\nchecks:\n  c:\n    message: m\n    when: item.wave == "1"\n')[0]).toMatch(
      /^my-rules\.yaml:5:11: checks\.c\.when: no such overload: int == string/,
    );
    expect(errorLines('extends: default\nchecks:\n  c:\n    message: m\n    when: item.wave\n')).toEqual([
      'my-rules.yaml:5:11: checks.c.when: the condition gives int, not true or false',
    ]);
  });

  it('a roadmap check cannot name item, process or vendor', () => {
    expect(errorLines('extends: default\nchecks:\n  c:\n    for: roadmap\n    message: m\n    when: item.wave == 1\n')).toEqual([
      'my-rules.yaml:6:11: checks.c.when: Unknown variable: item (a check "for: roadmap" sees only roadmap and processes)',
    ]);
  });

  it('a misspelt built-in id, a structural rule, a condition on a built-in check, an unknown placeholder', () => {
    expect(errorLines('extends: default\nchecks:\n  sla-cost-onyl: { severity: error }\n')).toEqual([
      'my-rules.yaml:3:3: checks.sla-cost-onyl: unknown check "sla-cost-onyl" (did you mean "sla-cost-only"?); a check of your own needs when: and message:',
    ]);
    expect(errorLines('extends: default\nchecks:\n  schema: { enabled: false }\n')[0]).toMatch(
      /^my-rules\.yaml:3:3: checks\.schema: "schema" is a structural check/,
    );
    expect(errorLines('extends: default\nchecks:\n  ip-not-owned: { when: "true" }\n')[0]).toMatch(
      /^my-rules\.yaml:3:19: checks\.ip-not-owned: "ip-not-owned" is a built-in check; only severity and enabled/,
    );
    expect(errorLines('extends: default\nchecks:\n  c:\n    message: "{proces} is bad"\n    when: item.wave == 1\n')).toEqual([
      'my-rules.yaml:4:14: checks.c.message: unknown placeholder {proces} (did you mean "process"?); use {process}, {vendor}, {wave}, {location}, {engagement}',
    ]);
  });

  it('an unknown key or severity in a check entry is a schema error with a suggestion', () => {
    expect(errorLines('extends: default\nchecks:\n  sla-cost-only: { severty: error }\n')[0]).toMatch(
      /3:20: checks\.sla-cost-only: unknown key "severty" \(did you mean "severity"\?\)/,
    );
    expect(errorLines('extends: default\nchecks:\n  sla-cost-only: { severity: fatal }\n')[0]).toMatch(/"fatal" is not one of "error", "warning", "info"/);
  });
});

describe('positionInScalar', () => {
  it('maps an offset in plain, quoted and block scalars to a line and column', () => {
    expect(positionInScalar('when: a.b == c\n', 1, 7, 2)).toEqual({ line: 1, column: 9 });
    expect(positionInScalar("when: 'a.b'\n", 1, 7, 2)).toEqual({ line: 1, column: 10 });
    expect(positionInScalar('when: |\n  first\n  second\n', 1, 7, 8)).toEqual({ line: 3, column: 5 });
  });
});
