/** Words a reader can act on: sources by title, strongest/weakest that read right, helpful errors and warnings. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { runInProcess } from '../helpers/cli.js';
import { passingAnswers } from '../helpers/inventory.js';
import { defaultMethod } from '../helpers/method.js';
import { example, repoRoot } from '../helpers/paths.js';

/** "seed 004", "seeds 000-003", "(000: project support)", "(004 step 7, 001)", "the seeds' criteria". */
const FILE_NUMBER = /seeds? 00\d|\((?:00\d)(?:[:,;) ]| step)|the seeds'|\b00[0-4] step \d/;

describe('sources are cited by title, never by internal file number', () => {
  it('in the help of every command', async () => {
    for (const command of ['', 'assess', 'score', 'check', 'rules', 'weights', 'diff', 'schema', 'init', 'vendors', 'report', 'plan']) {
      const r = await runInProcess([...(command ? [command] : []), '--help']);
      expect(r.stdout, command).not.toMatch(FILE_NUMBER);
    }
  });

  it('in the rules files, the examples and the docs', () => {
    const files = [
      ...readdirSync(join(repoRoot, 'rules')).map((f) => join('rules', f)),
      ...readdirSync(join(repoRoot, 'docs'))
        .filter((f) => f.endsWith('.md') && f !== 'benchmarks.md')
        .map((f) => join('docs', f)),
      'README.md',
    ];
    for (const file of files) expect(readFileSync(join(repoRoot, file), 'utf8'), file).not.toMatch(FILE_NUMBER);
    expect(readFileSync(join(repoRoot, 'docs', 'references.md'), 'utf8')).toContain('*What Internet Marketing Task To Outsource?*');
  });

  it('in the outputs: score, rules, plan and the report', async () => {
    for (const args of [
      ['score', example('agency.yaml')],
      ['score', example('agency.yaml'), '--format', 'json'],
      ['rules'],
      ['plan', example('agency.yaml')],
      ['report', example('agency.yaml')],
      ['score', example('agency.yaml'), '--explain', 'ad-adaptations'],
    ]) {
      const r = await runInProcess(args);
      expect(r.stdout, args.join(' ')).not.toMatch(FILE_NUMBER);
    }
  });
});

describe('strongest and weakest', () => {
  const method = defaultMethod();
  const answers = passingAnswers({ core_competency: 1, vendor_parity: 5, domain_expertise: 1, cost_of_inaction: 5, tech_complexity: 1, repetitiveness: 5 });

  it('says what the strongest earns and what the weakest loses, and that a low risk is good', () => {
    const message = evaluateProcess({ id: 'x', name: 'X', answers }, method).reasons[0]!.message;
    const strongest = /strongest: ([^;]*)/.exec(message)?.[1] ?? '';
    const weakest = /weakest: ([^;]*(?:;[^;]*\))?)/.exec(message)?.[1] ?? '';
    expect(strongest).toMatch(/earns [\d.]+ of [\d.]+/);
    expect(weakest).toMatch(/loses [\d.]+ of [\d.]+/);
    expect(message).toMatch(/weakest: (risk|tech_complexity|core_competency|domain_expertise) \d \(lower is better; loses/);
    const numbers = (s: string) => s.match(/[\d.]+ of [\d.]+/)?.[0];
    expect(numbers(strongest)).not.toBe(numbers(weakest));
  });

  it('are separated in Markdown, and the table says "lower is better"', async () => {
    const md = await runInProcess(['score', example('agency.yaml'), '--format', 'markdown']);
    expect(md.stdout).toMatch(/\| strongest: \w+ \d[^|]*; weakest: \w+ \d/);
    expect(md.stdout).not.toMatch(/strongest: \w+ \d[^|;]* weakest/);
    const table = await runInProcess(['score', example('agency.yaml')], { columns: 160 });
    expect(table.stdout).toMatch(/weakest: \w+ \d \(lower is better\)/);
  });
});

describe('score', () => {
  it('--sensitivity keeps the How / where column, at 80 columns too', async () => {
    const r = await runInProcess(['score', example('agency.yaml'), '--sensitivity'], { columns: 80 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('How / where');
    expect(r.stdout).toMatch(/What would\s/);
  });

  it('--explain with a wrong id suggests the closest and lists the ids', async () => {
    const r = await runInProcess(['score', example('agency.yaml'), '--explain', 'ad-adaptation']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no process "ad-adaptation" in .*agency\.yaml \(did you mean "ad-adaptations"\?\); its ids: ad-adaptations, banner-resizing, /);
    const far = await runInProcess(['score', example('agency.yaml'), '--explain', 'zzzzzzzzzz']);
    expect(far.stderr).toMatch(/; its ids: .*, \.\.\. \(\d+ more\)\n$/);
  });

  it('warns on stderr when the inventory lists no processes', async () => {
    const r = await runInProcess(['score', '-', '--format', 'json'], { input: 'processes: []\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('outsource: warning: <stdin> lists no processes (processes: []); the shortlist is empty\n');
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, processes: [] });
  });
});

describe('init --help', () => {
  it('says it writes a roadmap too', async () => {
    const r = await runInProcess(['init', '--help']);
    expect(r.stdout).toMatch(/starter roadmap \(roadmap\.yaml\)/);
  });
});
