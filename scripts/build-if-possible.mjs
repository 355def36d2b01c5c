#!/usr/bin/env node
// Runs on `prepare` and `prepack`. A contributor's `npm ci` and `npm pack` have
// the bundler (esbuild) and build dist/ (clean, for a tarball) with
// scripts/build.mjs. An install without dev dependencies (pre-commit, a git
// install with --omit=dev) has no bundler: it uses the dist/ that release tags
// commit, and says what to do when there is none instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const event = process.env.npm_lifecycle_event;
// `npm pack` and `npm publish` run prepack and then prepare: build once, in prepack.
if (event === 'prepare' && ['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);

let bundler;
try {
  bundler = createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  bundler = undefined;
}

if (bundler === undefined) {
  if (existsSync(join(root, 'dist', 'cli.js'))) process.exit(0);
  process.stderr.write(
    'outsource: dist/ is not built and its bundler, esbuild, is not installed (dev dependencies were left out).\n' +
      'Install a release (npm i -D outsource), use a release tag (vX.Y.Z), which carries dist/, or run `npm ci` in a clone.\n',
  );
  process.exit(1);
}

if (event === 'prepack') rmSync(join(root, 'dist'), { recursive: true, force: true });
const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
