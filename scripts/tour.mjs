#!/usr/bin/env node
// Regenerates the output of the README's tour the way a user sees it: each command runs in a
// pseudo-terminal (util-linux `script`) of 100 columns with colour ON, so a table garbled only
// in colour would show here. Every line is checked to fit the width once its colour codes are
// removed (machine formats excepted). The README shows each excerpt as a picture of the
// coloured terminal (docs/tour/*.svg, drawn by scripts/ansi-svg.mjs) with the same text below
// it for screen readers and copying.
//
//   node scripts/tour.mjs            # prints the tour, each command then its excerpt
//   node scripts/tour.mjs --ansi     # keeps the colour codes (to view with `less -R`)
//   node scripts/tour.mjs --write    # rewrites docs/tour/*.svg and the README's tour blocks
//   node scripts/tour.mjs --check    # exit 1 if those are not what --write would write
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ansiToSvg } from './ansi-svg.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COLUMNS = 100;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const HAS_SGR = /\u001b\[[0-9;]*m/;
const plain = (line) => line.replace(SGR, '');

/**
 * Each excerpt: parts of the output (from the line matching `from`, or the first, to the line
 * matching `to` plus `plus` lines, or the end) and cut marks between them.
 */
const TOUR = [
  {
    id: 'score',
    args: 'score examples/agency.yaml',
    alt: 'The shortlist table of outsource score on the example agency, in colour',
    parts: [
      { to: /^│ 4 /, plus: -2 },
      '[... ranks 4 to 13 (13: media-buying, a split), then each crossed-out group ...]',
      { from: /^Step 4 - retain/, to: /^└/ },
      '[... steps 3 and 5, and the incomplete ones ...]',
    ],
  },
  {
    id: 'explain',
    args: 'score examples/agency.yaml --explain translation-localisation',
    alt: 'outsource score --explain on one process: its verdict, what is unanswered, and what would change it',
    parts: [{ to: /^What would change it/, plus: 4 }, '[... every answer, every gate of steps 3-5 and whether it fired, each point of the score ...]'],
  },
  {
    id: 'business-case',
    args: 'score examples/agency.yaml --explain ad-adaptations',
    alt: 'The business case of one process: in-house and vendor cost, saving, payback and NPV',
    parts: ['[... the verdict, every answer, gate and point of the score ...]', { from: /^Business case/ }],
  },
  {
    id: 'check',
    args: 'check examples/roadmap-broken.yaml --format github',
    machine: true,
    parts: [{ to: 2 }, '[...]'],
  },
  {
    id: 'track',
    args: 'track examples/roadmap.yaml examples/actuals.csv',
    alt: 'outsource track: each SLA green or red against the actuals, why, and what to do next',
    parts: [{ to: /^RED /, plus: 0 }, '[...]', { from: /^What to do next/, to: /^\s+- review/, plus: 1 }],
  },
];

function run(args) {
  const command = `stty cols ${COLUMNS} rows 50; node bin/outsource.js ${args}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '1', COLUMNS: String(COLUMNS), TERM: 'xterm-256color' },
  });
  if (result.error) throw new Error(`cannot run \`script\` (util-linux): ${result.error.message}`);
  return result.stdout.replaceAll('\r\n', '\n').replace(/\n+$/, '').split('\n');
}

const find = (lines, pattern, start) => {
  if (typeof pattern === 'number') return pattern;
  const at = lines.findIndex((l, i) => i >= start && pattern.test(plain(l)));
  if (at === -1) throw new Error(`tour: no line matches ${pattern}`);
  return at;
};

/** The excerpt's lines, colour kept; cut marks as dim text. */
function excerpt(lines, parts) {
  const out = [];
  let start = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      out.push(`\u001b[2m${part}\u001b[22m`);
      continue;
    }
    const from = part.from === undefined ? start : find(lines, part.from, start);
    const to = part.to === undefined ? lines.length - 1 : find(lines, part.to, from) + (part.plus ?? 0);
    out.push(...lines.slice(from, to + 1));
    start = to + 1;
  }
  return out;
}

const write = process.argv.includes('--write');
const check = process.argv.includes('--check');
const keepAnsi = process.argv.includes('--ansi');
let failed = false;
const blocks = new Map();
const svgs = new Map();

for (const step of TOUR) {
  const lines = run(step.args);
  if (!lines.some((l) => HAS_SGR.test(l)) && !step.machine) console.error(`tour: "${step.args}" printed no colour; is colour on?`);
  for (const [i, line] of lines.entries()) {
    const width = [...plain(line)].length;
    if (!step.machine && width > COLUMNS) {
      console.error(`tour: "${step.args}" line ${i + 1} is ${width} columns wide (limit ${COLUMNS})`);
      failed = true;
    }
  }
  const shown = [`$ npx outsource ${step.args}`, ...excerpt(lines, step.parts)];
  const text = shown.map(plain).join('\n');
  if (!write && !check) {
    process.stdout.write(`${keepAnsi ? shown.join('\n') : text}\n\n`);
    continue;
  }
  if (step.machine) {
    blocks.set(step.id, ['```text', text, '```'].join('\n'));
    continue;
  }
  const svgPath = `docs/tour/${step.id}.svg`;
  const prompt = [`\u001b[32m$\u001b[39m \u001b[1mnpx outsource ${step.args}\u001b[22m`, ...shown.slice(1)];
  svgs.set(svgPath, ansiToSvg(prompt.join('\n'), { columns: COLUMNS, title: `$ npx outsource ${step.args}`, description: step.alt }));
  blocks.set(
    step.id,
    [`![${step.alt}](${svgPath})`, '', '<details><summary>The same output as text</summary>', '', '```text', text, '```', '', '</details>'].join('\n'),
  );
}

if (write || check) {
  const readmePath = join(root, 'README.md');
  let readme = readFileSync(readmePath, 'utf8');
  for (const [id, block] of blocks) {
    const pattern = new RegExp(`(<!-- tour-output:${id} -->)[\\s\\S]*?(<!-- /tour-output:${id} -->)`);
    if (!pattern.test(readme)) throw new Error(`tour: README.md has no <!-- tour-output:${id} --> ... <!-- /tour-output:${id} --> block`);
    readme = readme.replace(pattern, (_all, open, close) => `${open}\n${block}\n${close}`);
  }
  const stale = [];
  if (readme !== readFileSync(readmePath, 'utf8')) stale.push('README.md');
  for (const [path, svg] of svgs) if (!existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== svg) stale.push(path);
  if (write) {
    mkdirSync(join(root, 'docs', 'tour'), { recursive: true });
    for (const [path, svg] of svgs) writeFileSync(join(root, path), svg);
    writeFileSync(readmePath, readme);
    process.stdout.write(stale.length === 0 ? 'tour: already up to date\n' : `tour: wrote ${stale.join(', ')}\n`);
  } else if (stale.length > 0) {
    console.error(`tour: out of date: ${stale.join(', ')}; run node scripts/tour.mjs --write`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
