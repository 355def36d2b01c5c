#!/usr/bin/env node
// `npm run fuzz`: the fuzz properties of test/fuzz/ with thousands of cases
// each instead of the few dozen of `npm test`, then a report of what was
// tried and how the CLI answered.
//
//   npm run fuzz                      # about 10,500 cases (1,500 per property)
//   npm run fuzz -- --runs 5000       # cases per property
//   npm run fuzz -- --seed 42         # replay one run (the seed is printed on failure)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(option('runs', 1500));
const seed = option('seed', undefined);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write('fuzz: --runs takes a whole number of cases per property\n');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'outsource-fuzz-report-'));
const reportFile = join(scratch, 'report.jsonl');
const started = Date.now();
const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/fuzz', '--testTimeout=3600000'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_REPORT: reportFile, ...(seed === undefined ? {} : { FUZZ_SEED: String(seed) }) },
});
const seconds = (Date.now() - started) / 1000;

const entries = existsSync(reportFile)
  ? readFileSync(reportFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(scratch, { recursive: true, force: true });

let total = 0;
const lines = ['', `Fuzz report: ${runs} cases per property${seed === undefined ? '' : `, seed ${seed}`}, ${seconds.toFixed(0)} s`, ''];
for (const { property, counts } of entries) {
  const cases = Object.values(counts).reduce((a, b) => a + b, 0);
  total += cases;
  const byExit = {};
  for (const [key, n] of Object.entries(counts)) {
    const exit = /exit (\d+)/.exec(key)?.[1] ?? 'agree';
    byExit[exit] = (byExit[exit] ?? 0) + n;
  }
  const spread = Object.entries(byExit)
    .sort()
    .map(([exit, n]) => (exit === 'agree' ? `${n} agree` : `exit ${exit}: ${n}`))
    .join(', ');
  lines.push(`  ${property.padEnd(44)} ${String(cases).padStart(6)} cases   ${spread}`);
}
lines.push('', `  ${'total'.padEnd(44)} ${String(total).padStart(6)} cases`, '');
lines.push(
  vitest.status === 0
    ? 'Every property held: exit codes 0, 1 or 2 only, no stack trace, no escape sequence from the data, machine output that parses, valid files scored.'
    : 'A property FAILED: the counterexample and its seed are above (rerun with --seed).',
);
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(vitest.status ?? 2);
