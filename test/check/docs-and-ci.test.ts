import { readFileSync } from 'node:fs';
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
      for (const field of ['- **Seed:**', '- **Catches:**', '- **Points at:**', '- **Example:**', '- **Fix:**', '- **Waive:**'])
        expect(section, `${rule.id}: ${field}`).toContain(field);
      expect(doc).toContain(`| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} |`);
    });
  }
  it('lists the structural checks', () => {
    for (const rule of listRules().filter((r) => r.kind === 'structural')) expect(doc).toContain(`| \`${rule.id}\` |`);
  });
});

describe('meeting users in their CI', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, unknown>;
    runs: { using: string; steps: { id?: string; run?: string; uses?: string }[] };
  };

  it('action.yml is a composite action with the inputs the README shows', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['roadmap', 'rules', 'fail-on', 'upload-sarif']));
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  // The action's shell (scripts/action/) runs with a fake GITHUB_* environment in test/ship/action.test.ts.

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
