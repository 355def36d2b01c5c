#!/usr/bin/env node
// `npm run build`: bundles src/ into dist/ with esbuild (ESM, split into one
// entry per command plus shared chunks), because loading ~300 small modules
// cost more at start-up than running most commands. TypeScript still
// typechecks (`npm run typecheck`); esbuild only strips the types.
// Then the default method is compiled to JSON beside the bundle (see
// scripts/build/compile-method.mjs), so a run without --rules reads it
// instead of validating rules/default.yaml again; the interview's catalogues
// likewise (scripts/build/compile-catalogues.mjs), so `assess` asks its first
// question without a YAML parser.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { writeCompiledCatalogues } from './build/compile-catalogues.mjs';
import { writeCompiledMethod } from './build/compile-method.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');

/**
 * Entry points keep their path under dist/: the CLI, its fast start (for
 * `assess` and `check FILE...` without options, see src/fast-start.ts), every command (cli.ts
 * imports each lazily, so each gets its own file) and the modules that tests
 * or tools import from dist/ by path.
 */
function entryPoints() {
  const entries = [join(src, 'cli.ts'), join(src, 'fast-start.ts'), join(src, 'io', 'write-file.ts')];
  const commands = join(src, 'commands');
  for (const name of readdirSync(commands)) {
    const dir = join(commands, name);
    if (!statSync(dir).isDirectory()) continue;
    if (existsSync(join(dir, 'index.ts'))) entries.push(join(dir, 'index.ts'));
  }
  // `rules test` is a command of its own, imported by cli.ts like the others.
  entries.push(join(commands, 'rules', 'test.ts'));
  return entries;
}

/**
 * zod's namespace re-exports every locale (about 270 KB of the 470 KB that
 * loading zod parses); the CLI speaks English, which zod registers itself
 * (classic/schemas.js imports locales/en.js directly). `z.locales` keeps
 * `en` only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
const result = await esbuild.build({
  plugins: [zodEnglishOnly],
  entryPoints: entryPoints(),
  outbase: src,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // --no-minify keeps lines as written, for profiling. Identifiers are never mangled, so --debug stack traces
  // (mapped back to src/ by the source maps) name the functions as written without esbuild's keepNames, whose
  // __name() call on every closure made cost 18 % of scoring 100,000 processes.
  minifyWhitespace: !process.argv.includes('--no-minify'),
  minifySyntax: !process.argv.includes('--no-minify'),
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  // Packages bundled from CommonJS call require() for Node's own modules.
  banner: { js: "import { createRequire as __outsourceRequire } from 'node:module'; const require = __outsourceRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
if (result.errors.length > 0) process.exit(1);

await writeCompiledMethod(root, dist);
await writeCompiledCatalogues(root, dist);
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), licences(result.metafile));

/** The licence of every package the bundle holds a part of: their terms ask that it travels with the code. */
function licences(metafile) {
  const packages = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m && bytesInOutput > 0) packages.add(m[1]);
    }
  }
  const parts = [];
  for (const name of [...packages].sort()) {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${license}`;
    parts.push(`${name}@${version} (${license})\n\n${text}\n`);
  }
  return `The bundle in this folder includes code from these packages, under these licences.\n\n${parts.join('\n---\n\n')}`;
}

const metaAt = process.argv.indexOf('--metafile');
if (metaAt > 0) (await import('node:fs')).writeFileSync(process.argv[metaAt + 1], JSON.stringify(result.metafile));
if (process.argv.includes('--sizes')) {
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.map')) process.stdout.write(`${String(info.bytes).padStart(9)}  ${relative(root, join(root, file))}\n`);
  }
}
