import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listRules } from '../../src/core/roadmap/settings.js';
import { repoRoot } from '../helpers/paths.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('docs/rules.md', () => {
  const doc = read('docs/rules.md');
  for (const rule of listRules().filter((r) => r.kind !== 'structural')) {
    it(`documents ${rule.id}: severity ${rule.severity}, seed, fix and how to waive`, () => {
      const start = doc.indexOf(`\n## \`${rule.id}\`\n`);
      expect(start, `no "## \`${rule.id}\`" section`).toBeGreaterThan(0);
      const section = doc.slice(start, doc.indexOf('\n## ', start + 5));
      expect(section).toContain(`- **Severity:** ${rule.severity}`);
      for (const field of ['- **Seed:**', '- **Catches:**', '- **Points at:**', '- **Example:**', '- **Fix:**', '- **Waive:**']) expect(section, `${rule.id}: ${field}`).toContain(field);
      expect(doc).toContain(`| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} |`);
    });
  }
  it('lists the structural checks', () => {
    for (const rule of listRules().filter((r) => r.kind === 'structural')) expect(doc).toContain(`| \`${rule.id}\` |`);
  });
});

describe('meeting users in their CI', () => {
  const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; runs: { using: string; steps: { id?: string; run?: string; uses?: string }[] } };

  it('action.yml is a composite action with the inputs the README shows', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['roadmap', 'rules', 'fail-on', 'upload-sarif']));
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  it("action.yml's check step annotates, writes a summary and SARIF, and reports the exit code", () => {
    const script = action.runs.steps.find((s) => s.id === 'check')?.run ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'outsource-action-'));
    try {
      const env = {
        ...process.env,
        NO_COLOR: '1',
        GITHUB_ACTION_PATH: repoRoot,
        GITHUB_OUTPUT: join(dir, 'output'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        ROADMAPS: 'examples/roadmap.yaml\nexamples/roadmap-broken.yaml',
        RULES: '',
        FAIL_ON: 'error',
        UPLOAD_SARIF: 'true',
        SARIF_FILE: join(dir, 'outsource.sarif'),
      };
      writeFileSync(join(dir, 'script.sh'), script);
      const stdout = execFileSync('bash', [join(dir, 'script.sh')], { cwd: repoRoot, env, encoding: 'utf8' });
      expect(stdout).toContain('::error file=examples/roadmap-broken.yaml,line=13,col=1,title=outsource no-owner::');
      expect(readFileSync(join(dir, 'output'), 'utf8')).toBe(`sarif-file=${join(dir, 'outsource.sarif')}\nexit-code=1\n`);
      expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^### outsource check: 16 errors/);
      expect((JSON.parse(readFileSync(join(dir, 'outsource.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('.pre-commit-hooks.yaml offers outsource-check on roadmap files', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; files: string }[];
    const hook = hooks.find((h) => h.id === 'outsource-check');
    expect(hook).toMatchObject({ entry: 'outsource check', language: 'node' });
    const files = new RegExp(hook?.files ?? '^$');
    expect(files.test('plans/roadmap.yaml')).toBe(true);
    expect(files.test('roadmap-2026.yml')).toBe(true);
    expect(files.test('inventory.yaml')).toBe(false);
  });

  it('the README shows the action and the hook', () => {
    const readme = read('README.md');
    expect(readme).toContain('## Check a roadmap in CI');
    expect(readme).toContain('id: outsource-check');
    expect(readme).toContain('upload-sarif: true');
  });
});
