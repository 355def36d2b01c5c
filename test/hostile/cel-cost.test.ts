/**
 * The cost of a check of your own. `matches("^(a+)+$")` on a 41-character
 * name ran for minutes on JavaScript's backtracking engine; eight nested
 * `all()` over ten items took 30 s and nested `map()` 84 s and 1.2 GB. Now
 * `matches()` runs on RE2 (linear time), a pattern RE2 cannot run is refused
 * when the rules load, and every check has a step budget: past it the check
 * stops with one finding that names it and the line of its condition.
 */
import { describe, expect, it } from 'vitest';
import { checkFile, checkFixture, rulesErrorsOf, rulesFrom } from '../check/harness.js';

const rules = (when: string, scope = 'item') =>
  rulesFrom(
    [
      'extends: default',
      'checks:',
      '  costly:',
      `    for: ${scope}`,
      '    message: "{process} matched"'.replace('{process}', scope === 'item' ? '{process}' : 'it'),
      `    when: '${when}'`,
    ].join('\n'),
    'costly-rules.yaml',
  );

const roadmap = checkFixture('custom-roadmap.yaml');

describe('matches() on a linear-time engine', () => {
  it('a catastrophic pattern against a long name ends at once', () => {
    const started = Date.now();
    const findings = checkFile(roadmap, { rules: rules(`(process.name + "${'a'.repeat(41)}!").matches("^(a+)+$")`) });
    expect(findings.filter((f) => f.rule === 'costly')).toEqual([]);
    // Minutes before; a generous bound that still tells the two apart.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('still matches like CEL: a search anywhere in the text', () => {
    const findings = checkFile(roadmap, { rules: rules('process.id.matches("artw")') });
    expect(findings.filter((f) => f.rule === 'costly').map((f) => f.message)).toEqual(['pharma-artwork matched']);
  });

  it('a backreference (not linear) is refused when the rules load, at the check', () => {
    const errors = rulesErrorsOf(['extends: default', 'checks:', '  costly:', '    message: m', `    when: 'process.name.matches("(a)\\\\1")'`].join('\n'));
    expect(errors.map((e) => e.message).join('\n')).toMatch(/checks\.costly\.when: matches\(\): the pattern cannot run in linear time/);
    expect(errors[0]?.line).toBe(5);
  });
});

describe('a step budget per check and per run', () => {
  const nested = (depth: number) => {
    let body = 'true';
    for (let i = depth; i > 0; i--) body = `[1,2,3,4,5,6,7,8,9,10].all(x${i}, ${body})`;
    return body;
  };

  it('eight nested all() over ten items stop with one finding that names the check and its line (was 30 s)', () => {
    const started = Date.now();
    const findings = checkFile(roadmap, { rules: rules(nested(8)) });
    const costly = findings.filter((f) => f.rule === 'costly');
    expect(costly).toHaveLength(1);
    expect(costly[0]?.message).toMatch(
      /^check costly \(costly-rules\.yaml:6\) stopped after 0 of \d+ items: it used its evaluation budget of 2,000,000 steps; make its condition cheaper/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('nested map() building big lists stops too (was 84 s and 1.2 GB)', () => {
    const ten = '[1,2,3,4,5,6,7,8,9,10]';
    let body = ten;
    for (const v of ['f', 'e', 'd', 'c', 'b', 'a']) body = `${ten}.map(${v}, ${body})`;
    const findings = checkFile(roadmap, { rules: rules(`${body}.size() > 0`, 'roadmap') });
    const costly = findings.filter((f) => f.rule === 'costly');
    expect(costly).toHaveLength(1);
    expect(costly[0]?.message).toMatch(/^check costly \(costly-rules\.yaml:6\) stopped: it used its evaluation budget/);
  });

  it('a cheap check is untouched by the budget', () => {
    const findings = checkFile(roadmap, { rules: rules(nested(3)) });
    expect(findings.filter((f) => f.rule === 'costly').length).toBeGreaterThan(0);
    expect(findings.some((f) => f.message.includes('budget'))).toBe(false);
  });
});
