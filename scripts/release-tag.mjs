#!/usr/bin/env node
// `npm run release-tag [-- vX.Y.Z]`: tags a release whose tree is the current
// commit plus the built dist/. Tools that install straight from git without
// dev dependencies (pre-commit runs `npm install --prod`, then `npm pack`)
// can then run the CLI without TypeScript. The branch itself never carries
// dist/; only the tag's commit does, as a child of the commit it was built from.
//
//   node scripts/release-tag.mjs [TAG] [--skip-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const tag = args.find((a) => !a.startsWith('--')) ?? `v${version}`;
const git = (gitArgs, env = {}) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
const NPMRC = '# This release tag carries its build (dist/): installing or packing it runs no script.\nignore-scripts=true\n';
const fail = (message) => {
  process.stderr.write(`release-tag: ${message}\n`);
  process.exit(2);
};

if (!/^v\d+\.\d+\.\d+(-[\w.]+)?$/.test(tag)) fail(`"${tag}" is not a release tag like v${version}`);
if (git(['status', '--porcelain', '--untracked-files=no']) !== '')
  fail('the working tree has uncommitted changes: commit them first, so the tag is what was reviewed');
if (spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { cwd: root }).status === 0) fail(`tag ${tag} already exists`);

if (!skipBuild) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) fail('the build failed');
}
if (!existsSync(join(root, 'dist', 'cli.js'))) fail('dist/cli.js is missing: build first (npm run build)');

// A throw-away index: HEAD's tree plus dist/, without touching the real index or the branch.
const index = join(root, git(['rev-parse', '--git-path', 'release-index']));
const env = { GIT_INDEX_FILE: index };
try {
  git(['read-tree', 'HEAD'], env);
  git(['add', '--force', 'dist'], env);
  // With its build committed, the tag needs no install script; `npm pack` would otherwise print
  // the prepack banner on stdout, where pre-commit reads the tarball's name.
  const npmrc = existsSync(join(root, '.npmrc')) ? readFileSync(join(root, '.npmrc'), 'utf8') : '';
  const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: root, input: `${npmrc}${NPMRC}`, encoding: 'utf8' }).trim();
  git(['update-index', '--add', '--cacheinfo', `100644,${blob},.npmrc`], env);
  const tree = git(['write-tree'], env);
  const head = git(['rev-parse', 'HEAD']);
  const commit = git(['commit-tree', tree, '-p', head, '-m', `Release ${tag}: the sources of ${head.slice(0, 12)} with the built dist/`]);
  git(['tag', tag, commit]);
  process.stdout.write(`tagged ${tag} (${commit.slice(0, 12)}): the sources of ${head.slice(0, 12)} and dist/; publish it with  git push origin ${tag}\n`);
} finally {
  rmSync(index, { force: true });
}
