/**
 * The pre-commit hook installed from git, as on a fresh machine with Debian's
 * `pre-commit`: an upstream repository made from the working tree, tagged
 * with scripts/release-tag.mjs (the tag carries dist/), then `pre-commit
 * try-repo` against it in a sample repository with a roadmap. pre-commit
 * installs the hook with `npm install --prod` and `npm pack`: no TypeScript.
 * Under CI=true a missing pre-commit fails this file instead of skipping it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree } from '../helpers/package-install.js';
import { example, repoRoot } from '../helpers/paths.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const identity = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };

describe.skipIf(!hasPreCommit && process.env.CI !== 'true')('pre-commit try-repo from a release tag', () => {
  let dir: string;
  let upstream: string;
  let sample: string;
  const env = () => ({
    ...process.env,
    ...identity,
    PRE_COMMIT_HOME: join(dir, 'cache'),
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  });
  const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, env: env(), encoding: 'utf8' });
  const tryRepo = (files: string[]) =>
    spawnSync('pre-commit', ['try-repo', upstream, 'outsource-check', '--ref', 'v0.1.0', '--color', 'never', '--files', ...files], {
      cwd: sample,
      env: env(),
      encoding: 'utf8',
      timeout: 540_000,
    });

  beforeAll(() => {
    expect(hasPreCommit, "pre-commit is not installed (.ci/run installs Debian's pre-commit)").toBe(true);
    expect(existsSync(join(repoRoot, 'dist', 'cli.js')), 'run `npm run build` first').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'outsource-pre-commit-'));
    upstream = join(dir, 'upstream');
    copyWorkingTree(upstream);
    git(upstream, ['init', '-q', '-b', 'main']);
    git(upstream, ['add', '-A']);
    git(upstream, ['commit', '-q', '-m', 'sources']);
    cpSync(join(repoRoot, 'dist'), join(upstream, 'dist'), { recursive: true });
    const tagged = spawnSync(process.execPath, ['scripts/release-tag.mjs', '--skip-build'], { cwd: upstream, env: env(), encoding: 'utf8' });
    expect(tagged.status, tagged.stderr).toBe(0);

    sample = join(dir, 'sample');
    mkdirSync(join(sample, 'plans'), { recursive: true });
    for (const name of ['roadmap-broken.yaml', 'agency.yaml', 'actuals-broken.csv']) cpSync(example(name), join(sample, 'plans', name));
    git(sample, ['init', '-q']);
    git(sample, ['add', '-A']);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the tag carries dist/ and runs no install script; the branch carries neither', () => {
    expect(git(upstream, ['ls-tree', '--name-only', 'v0.1.0'])).toMatch(/^dist$/m);
    expect(git(upstream, ['show', 'v0.1.0:.npmrc'])).toContain('ignore-scripts=true');
    expect(git(upstream, ['ls-tree', '--name-only', 'main'])).not.toMatch(/^dist$/m);
  });

  it('installs the hook without TypeScript and reports the findings of a broken roadmap', () => {
    const r = tryRepo(['plans/roadmap-broken.yaml', 'plans/agency.yaml']);
    const out = r.stdout + r.stderr;
    expect(out).not.toContain('tsc: not found');
    expect(out).not.toContain('An unexpected error');
    expect(r.status, out).toBe(1);
    expect(out).toMatch(/outsource check \(outsourcing roadmap\)\.+Failed/);
    expect(out).toContain('plans/roadmap-broken.yaml');
    expect(out).toMatch(/13:1 +error +the roadmap names no in-house owner/);
    expect(out).toContain('(did you mean "newsletter-production"?)');
  }, 600_000);
});
