/**
 * The package as a user installs it: `npm pack` from a copy of the working
 * tree (prepack builds a clean dist/), then the tarball installed into an
 * empty project with npm alone, no dev dependencies and no network (every
 * package comes from npm's cache), and `npx outsource score` on the shipped
 * example. The install must stay within 20 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree, diskUsage, npm, treeBytes, writeConsumer } from '../helpers/package-install.js';
import { repoRoot } from '../helpers/paths.js';

const MB = 1024 * 1024;

describe('the npm package', () => {
  let dir: string;
  let tarball: string;
  let files: string[];
  let consumer: string;
  let install: ReturnType<typeof npm>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-package-'));
    const source = join(dir, 'source');
    copyWorkingTree(source, { linkNodeModules: true });
    const packed = npm(['pack', '--pack-destination', dir, '--json'], source);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(dir, info!.filename);
    files = info!.files.map((f) => f.path).sort();
    consumer = join(dir, 'consumer');
    writeConsumer(consumer, tarball);
    install = npm(['ci', '--offline', '--omit=dev'], consumer, { npm_config_offline: 'true' });
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs the built CLI, the rules, templates, schemas, examples and the licence: no tests, no sources', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'bin/outsource.js',
        'dist/cli.js',
        'rules/default.yaml',
        'schemas/inventory.schema.json',
        'examples/agency.yaml',
      ]),
    );
    const allowed = /^(LICENSE|README\.md|package\.json|(bin|dist|rules|templates|schemas|examples)\/.+)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /\.ts$|(^|\/)(src|test)\//.test(f))).toEqual([]);
    // prepack builds from clean: every entry of the bundle comes from a source file of today
    // (shared chunks, source maps, licences and the compiled default method sit beside them).
    const entries = files.filter((f) => /^dist\/.+\.js$/.test(f) && !f.startsWith('dist/chunks/'));
    expect(entries).toContain('dist/commands/score/index.js');
    const stale = entries.filter((f) => !existsSync(join(repoRoot, f.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))));
    expect(stale).toEqual([]);
    expect(files).toContain('dist/default-method.json');
    expect(files).toContain('dist/interview-catalogues.json');
    expect(files.filter((f) => f.startsWith('dist/') && !/\.(js|js\.map|json|txt)$/.test(f))).toEqual([]);
  });

  it('installs from the tarball with npm alone, offline, without dev dependencies', () => {
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    const installed = readdirSync(join(consumer, 'node_modules'));
    expect(installed).toContain('outsource');
    expect(installed.filter((d) => ['typescript', 'vitest', 'eslint', 'fast-check', 'vega', 'vega-lite'].includes(d))).toEqual([]);
  });

  it('runs `npx outsource score` on the shipped example', () => {
    const r = spawnSync('npx', ['--no-install', 'outsource', 'score', 'node_modules/outsource/examples/agency.yaml'], {
      cwd: consumer,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Outsourcing shortlist: Northlight Creative');
    expect(r.stdout).toContain('24 processes: 12 to outsource');
  });

  it('resolves what `exports` offers: package.json and the schemas', () => {
    const script = "console.log(require.resolve('outsource/package.json'));console.log(require.resolve('outsource/schemas/inventory.schema.json'))";
    const r = spawnSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((p) => existsSync(p)),
    ).toEqual([true, true]);
  });

  it('takes at most 20 MB on disk', () => {
    const modules = join(consumer, 'node_modules');
    const size = diskUsage(modules) ?? treeBytes(modules);
    expect(size / MB, `node_modules: ${(size / MB).toFixed(1)} MB on disk, ${(treeBytes(modules) / MB).toFixed(1)} MB of files`).toBeLessThanOrEqual(20);
    expect(size).toBeGreaterThan(1 * MB); // it did install something
  });
});

describe('prepare and prepack without dev dependencies', () => {
  const script = join(repoRoot, 'scripts', 'build-if-possible.mjs');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-prepare-'));
    mkdirSync(join(dir, 'scripts'));
    spawnSync('cp', [script, join(dir, 'scripts')]);
    spawnSync('sh', ['-c', `echo '{"name":"x","type":"module"}' > package.json`], { cwd: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(dir, 'scripts', 'build-if-possible.mjs')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, npm_lifecycle_event: 'prepare', npm_command: 'install', ...env },
    });

  it('says what to do when there is neither the bundler nor a built dist/', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dist/ is not built and its bundler, esbuild, is not installed');
    expect(r.stderr).not.toContain('tsc: not found');
  });

  it('uses the committed dist/ of a release tag when the bundler is not installed', () => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    spawnSync('touch', [join(dir, 'dist', 'cli.js')]);
    expect(run().status).toBe(0);
    expect(run({ npm_lifecycle_event: 'prepack', npm_command: 'pack' }).status).toBe(0);
  });
});
