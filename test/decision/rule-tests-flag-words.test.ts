/**
 * `rules test` vectors take the flag spellings every other file takes
 * (yes/no, true/false, ja/nein, oui/non, in any case), and a spelling it
 * refuses is named with the accepted ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'outsource-rule-test-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLEAR = [
  '  - name: clear candidate, flags spelled out',
  '    answers:',
  '      core_competency: 2',
  '      vendor_parity: 4',
  '      benefit: 4',
  '      regulated: no',
  '      politically_sensitive: 1',
  '      compliance_owner: Nein',
  '      face_to_face: 1',
  '      in_progress: non',
  '      roadmap_undecided: FALSE',
  '      risk: 2',
  '      domain_expertise: 2',
  '      contractual_duty: "no"',
  '      cost_of_inaction: 3',
  '      tech_complexity: 2',
  '      repetitiveness: 4',
  '    verdict: outsource',
];

function rulesFile(name: string, ...tests: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, ['extends: default', 'tests:', ...CLEAR, ...tests, ''].join('\n'));
  return file;
}

describe('rules test answers', () => {
  it('take yes/no, ja/nein, oui/non and true/false, in any case, as the flags they spell', async () => {
    const file = rulesFile(
      'spelled.yaml',
      '  - name: ja retains it',
      '    base: clear candidate, flags spelled out',
      '    answers: { regulated: Ja }',
      '    verdict: retain',
      '    reasons: [needs-authorisation]',
      '  - name: oui retains it',
      '    base: clear candidate, flags spelled out',
      '    answers: { compliance_owner: oui }',
      '    verdict: retain',
      '  - name: YES defers it',
      '    base: clear candidate, flags spelled out',
      '    answers: { in_progress: YES }',
      '    verdict: defer',
      '  - name: true still works',
      '    base: clear candidate, flags spelled out',
      '    answers: { regulated: true }',
      '    verdict: retain',
    );
    const r = await runInProcess(['rules', 'test', '--rules', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { passed: number; failed: number };
    expect(out).toMatchObject({ passed: 5, failed: 0 });
  });

  it('a spelled flag that is wrong fails the vector, so the spelling really counts', async () => {
    const file = rulesFile(
      'wrong.yaml',
      '  - name: nein does not retain it',
      '    base: clear candidate, flags spelled out',
      '    answers: { regulated: nein }',
      '    verdict: retain',
    );
    const r = await runInProcess(['rules', 'test', '--rules', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { tests: { name: string; passed: boolean; actual: { verdict: string } }[] };
    expect(out.tests[1]).toMatchObject({ name: 'nein does not retain it', passed: false, actual: { verdict: 'outsource' } });
  });

  it('refuses any other word at its line and column, naming the accepted spellings', async () => {
    const file = rulesFile(
      'refused.yaml',
      '  - name: maybe is no flag',
      '    base: clear candidate, flags spelled out',
      '    answers: { regulated: maybe, risk: "yes" }',
      '    verdict: retain',
    );
    const r = await runInProcess(['rules', 'test', '--rules', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `outsource: ${file}:23:27: tests[1].answers.regulated: is a flag, so true or false, got "maybe"; accepted spellings: yes/no, true/false, ja/nein, oui/non`,
      `outsource: ${file}:23:40: tests[1].answers.risk: must be a whole number from 1 to 5, got "yes"`,
    ]);
  });
});
