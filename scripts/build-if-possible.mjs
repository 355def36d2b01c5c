#!/usr/bin/env node
// Runs on `prepare` and `prepack`. A contributor's `npm ci` and `npm pack` have
// TypeScript and build dist/ (clean, for a tarball). An install without dev
// dependencies (pre-commit, a git install with --omit=dev) has no TypeScript:
// it uses the dist/ that release tags commit, and says what to do when there
// is none instead of failing with "tsc: not found".
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const event = process.env.npm_lifecycle_event;
// `npm pack` and `npm publish` run prepack and then prepare: build once, in prepack.
if (event === 'prepare' && ['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);

let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}

if (tsc === undefined) {
  if (existsSync(join(root, 'dist', 'cli.js'))) process.exit(0);
  process.stderr.write(
    'outsource: dist/ is not built and TypeScript is not installed (dev dependencies were left out).\n' +
      'Install a release (npm i -D outsource), use a release tag (vX.Y.Z), which carries dist/, or run `npm ci` in a clone.\n',
  );
  process.exit(1);
}

if (event === 'prepack') rmSync(join(root, 'dist'), { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
