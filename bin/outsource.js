#!/usr/bin/env node
// The shim answers --version before loading anything, so it costs no more than starting Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // dist/ is a minified bundle: with --debug, stack traces are mapped back to src/ by its source maps.
  if (args.includes('--debug')) process.setSourceMapsEnabled(true);
  // `assess`, `check FILE...` and `score FILE` without options need no argument parser: dist/fast-start.js runs them, or says no.
  const fast = ['assess', 'check', 'score'].includes(args[0] ?? '') ? await (await import('../dist/fast-start.js')).runFast(args) : undefined;
  if (fast !== undefined) process.exitCode = fast;
  else {
    const { run } = await import('../dist/cli.js');
    process.exitCode = await run(args);
  }
}
