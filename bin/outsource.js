#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS file without setting up its ES module
// loader, so --version, answered here before anything else loads, costs about what `node -e 0` does.
'use strict';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = require('node:fs');
  const { join } = require('node:path');
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  // dist/ is a minified bundle: with --debug, stack traces are mapped back to src/ by its source maps.
  if (args.includes('--debug')) process.setSourceMapsEnabled(true);
  import('../dist/cli.js').then(
    async ({ run }) => {
      process.exitCode = await run(args);
    },
    (error) => {
      process.stderr.write(`outsource: cannot start: ${error instanceof Error ? error.message : String(error)} (is the package built? run npm ci)\n`);
      process.exitCode = 2;
    },
  );
}
