#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS file without setting up its ES module
// loader, so --version, answered here before anything else loads, costs about what `node -e 0` does.
'use strict';
const args = process.argv.slice(2);

async function main() {
  // `assess`, `check FILE...` and `score FILE` without options need no argument parser: dist/fast-start.js runs them, or says no.
  const fast = ['assess', 'check', 'score'].includes(args[0] ?? '') ? await (await import('../dist/fast-start.js')).runFast(args) : undefined;
  if (fast !== undefined) return fast;
  const { run } = await import('../dist/cli.js');
  return run(args);
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = require('node:fs');
  const { join } = require('node:path');
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  // dist/ is a minified bundle: with --debug, stack traces are mapped back to src/ by its source maps.
  if (args.includes('--debug')) process.setSourceMapsEnabled(true);
  main().then((code) => {
    process.exitCode = code;
  });
}
