// Spectral (a generic JSON/YAML linter) on the same 50-item roadmap as
// `outsource check`, with five simple rules, in the same run: the goal is
// check at least 5x faster. Spectral is not a dependency: it is installed on
// demand into bench-data/spectral (gitignored); without it the bench says so
// and goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRoadmapFixture } from './roadmap.mjs';

const RULESET = fileURLToPath(new URL('spectral-ruleset.yaml', import.meta.url));
const PACKAGE = '@stoplight/spectral-cli@6';

/** The path of Spectral's CLI script, installing it first if needed; or why it cannot be had. */
function spectralCli(dataDir) {
  const prefix = join(dataDir, 'spectral');
  const cli = join(prefix, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  if (existsSync(cli)) return { cli };
  mkdirSync(prefix, { recursive: true });
  process.stdout.write(`Spectral: installing ${PACKAGE} into bench-data/spectral ...\n`);
  // No install scripts: one of Spectral's dependencies reports installs over the network.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', PACKAGE], {
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  if (r.error) return { why: r.error.message };
  if (r.status !== 0) {
    const lines = `${r.stderr}\n${r.stdout}`.split('\n').filter((l) => l.trim() !== '' && !/complete log of this run/.test(l));
    const first = lines.find((l) => /error/i.test(l)) ?? lines[0];
    return { why: first ? first.replace(/^npm (error|ERR!)\s*/, '').slice(0, 200) : `npm install exited ${r.status}` };
  }
  return existsSync(cli) ? { cli } : { why: 'npm install finished but the spectral CLI is not where expected' };
}

/**
 * Measures `outsource check` and `spectral lint` on one 50-item roadmap, one
 * after the other, with the bench's own `measure` and `add`.
 */
export function benchSpectral({ dataDir, bin, measure, add, runs = 7 }) {
  const found = spectralCli(dataDir);
  if (!found.cli) {
    process.stdout.write(`Spectral: not available (${found.why})\n`);
    return undefined;
  }
  const roadmap = writeRoadmapFixture(dataDir, 50);
  const check = measure([bin, 'check', roadmap, '--format', 'json'], { runs });
  let spectral;
  try {
    spectral = measure([found.cli, 'lint', roadmap, '--ruleset', RULESET, '--format', 'json', '--quiet'], { runs });
  } catch (error) {
    process.stdout.write(`Spectral: not available (it failed: ${String(error.message).split('\n')[0].slice(0, 200)})\n`);
    return undefined;
  }
  const ratio = spectral.ms / check.ms;
  add('check 50-item roadmap (beside Spectral)', check, '', undefined);
  add('Spectral lint, same roadmap, 5 rules', spectral, 'check >= 5x faster', ratio >= 5, `check is ${ratio.toFixed(1)}x faster (${PACKAGE})`);
  return { check: check.ms, spectral: spectral.ms, ratio };
}
