#!/usr/bin/env node
// Regenerates the output of the README's tour the way a user sees it: each command runs in a
// pseudo-terminal (util-linux `script`) of 100 columns with colour ON, so a table garbled only
// in colour would show here. Every line is checked to fit the width once its colour codes are
// removed; the colour-free text is what the README can show (it is plain text).
//
//   node scripts/tour.mjs            # prints the tour, each command then its output
//   node scripts/tour.mjs --ansi     # keeps the colour codes (to view with `less -R`)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COLUMNS = 100;
const COMMANDS = [
  'score examples/agency.yaml',
  'score examples/agency.yaml --explain translation-localisation',
  'check examples/roadmap-broken.yaml --format github',
];
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const keepAnsi = process.argv.includes('--ansi');
let failed = false;

for (const args of COMMANDS) {
  const command = `stty cols ${COLUMNS} rows 50; node bin/outsource.js ${args}`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '1', COLUMNS: String(COLUMNS), TERM: 'xterm-256color' },
  });
  if (run.error) throw new Error(`cannot run \`script\` (util-linux): ${run.error.message}`);
  const out = run.stdout.replaceAll('\r\n', '\n');
  if (!SGR.test(out) && args.startsWith('score')) console.error(`tour: "${args}" printed no colour; is colour on?`);
  for (const [i, line] of out.split('\n').entries()) {
    const width = [...line.replace(SGR, '')].length;
    if (width > COLUMNS) {
      console.error(`tour: "${args}" line ${i + 1} is ${width} columns wide (limit ${COLUMNS})`);
      failed = true;
    }
  }
  process.stdout.write(`$ npx outsource ${args}\n${keepAnsi ? out : out.replace(SGR, '')}\n`);
}
process.exitCode = failed ? 1 : 0;
