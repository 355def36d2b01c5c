/** `outsource rules`: list the method, validate a rules file. The listing and one refusal spawn the binary; the rest run in-process. */
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';
import { defaultMethod } from '../helpers/method.js';

const STACK_LINE = /\n\s+at .+:\d+:\d+/;

describe('outsource rules', () => {
  it('lists every criterion and gate of the default method', async () => {
    const r = await runBin(['rules']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Method "default" (rules/default.yaml)');
    for (const word of [
      'core_competency',
      'vendor_parity',
      'repetitiveness',
      'competitive-advantage',
      'face-to-face',
      'contractual-duty',
      'Step 3',
      'Step 4',
      'Step 5',
    ]) {
      expect(r.stdout).toContain(word);
    }
    expect(r.stdout).toContain('core_competency >= 4');
    expect(r.stdout).toContain('regulated is true');
    expect(r.stdout).not.toContain('\u001b[');
  });

  for (const columns of [80, 100, 160]) {
    it(`never cuts a criterion or gate id short, at ${columns} columns: users copy them into their files`, async () => {
      const r = await runInProcess(['rules'], { columns });
      expect(r.code).toBe(0);
      const method = defaultMethod();
      for (const c of method.criteria) expect(r.stdout, c.id).toMatch(new RegExp(`│ ${c.id} +│`));
      for (const g of [3, 4, 5].flatMap((step) => method.gatesByStep[step as 3 | 4 | 5])) {
        expect(r.stdout, g.id).toMatch(new RegExp(`│ ${g.id} +│`));
        expect(r.stdout, g.criterion).toMatch(new RegExp(`│ ${g.criterion}\\b`));
      }
      // The criteria and the gates of steps 3-5; what follows (roadmap checks) has its own tests.
      const methodPart = r.stdout.slice(0, r.stdout.indexOf('\n\n', r.stdout.indexOf('Step 5')));
      expect(methodPart).toContain('contractual-duty');
      expect(methodPart).not.toContain('…');
      for (const line of methodPart.split('\n')) expect(line.length, line).toBeLessThanOrEqual(columns);
    });
  }

  it('--format json gives the criteria and gates as data', async () => {
    const r = await runInProcess(['rules', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout) as { name: string; criteria: { id: string }[]; gates: { id: string; step: number }[] };
    expect(json.name).toBe('default');
    expect(json.criteria.map((c) => c.id)).toContain('politically_sensitive');
    expect(json.gates.map((g) => g.step)).toEqual([3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5]);
  });

  it('--rules with a valid override exits 0 and shows the override', async () => {
    const r = await runInProcess(['rules', '--rules', 'test/fixtures/core/rules/override.yaml', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout) as { name: string; sources: string[]; gates: { id: string; value: unknown }[] };
    expect(json.name).toBe('stricter politics');
    expect(json.sources).toEqual(['test/fixtures/core/rules/override.yaml', 'rules/default.yaml']);
    expect(json.gates.find((g) => g.id === 'internal-politics')?.value).toBe(3);
  });

  it('--rules with a complete rules file exits 0', async () => {
    const r = await runInProcess(['rules', '--rules', 'test/fixtures/core/rules/complete.yaml']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Method "tiny"');
  });

  const broken: [file: string, line: string][] = [
    ['unknown-criterion.yaml', '5:16: gate "high-jeopardy" uses unknown criterion "rsik" (did you mean "risk"?)'],
    ['duplicate-id.yaml', '6:3: duplicate key'],
    ['weight-zero.yaml', '6:15: criteria.benefit.priority.weight: 0 is out of range: must be greater than 0'],
    ['threshold-outside-scale.yaml', '5:12: gate "internal-politics" threshold 7 is outside the scale 1-5'],
    ['unknown-key.yaml', '5:5: gates.internal-politics: unknown key "valeu" (did you mean "value"?)'],
    ['flag-gate-ge.yaml', '5:9: gate "in-progress" tests flag "in_progress": use op: is (or "==") with value true or false'],
  ];
  for (const [file, expected] of broken) {
    it(`rules --rules ${file}: exit 2, one line with file:line:column, no stack trace`, async () => {
      const path = `test/fixtures/core/rules/${file}`;
      // One of them in a process of its own: the exit code and stderr as a user sees them.
      const r = file === broken[0]![0] ? await runBin(['rules', '--rules', path]) : await runInProcess(['rules', '--rules', path]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`outsource: ${path}:${expected}`), r.stderr).toBe(true);
      expect(r.stderr).not.toMatch(STACK_LINE);
    });
  }

  it('a rules file that does not exist exits 2', async () => {
    const r = await runInProcess(['rules', '--rules', 'no-such-rules.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: no-such-rules.yaml: no such file\n');
  });
});
