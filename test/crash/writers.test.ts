/**
 * Every file the tool writes is written atomically. Each
 * writing command runs over an existing file (--force) under slow writes and
 * is killed with SIGKILL at random moments, half of them while its temporary
 * file is being written. Afterwards each target holds the old file or the
 * new one, byte for byte, never a torn one. A careless in-place writer under
 * the same kills does leave torn files: the test can tell.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, fixture, repoRoot } from '../helpers/paths.js';
import { runAndKill, runToEnd, seeded, slowWrite } from './harness.js';

const TRIALS = 8;
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outsource-crash-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Writer {
  label: string;
  args: string[];
  targets: string[];
}

const WRITERS: Writer[] = [
  { label: 'init --force (starter inventory and roadmap)', args: ['init', '--force'], targets: ['inventory.yaml', 'roadmap.yaml'] },
  { label: 'plan --out (roadmap draft)', args: ['plan', example('agency.yaml'), '--out', 'roadmap.yaml', '--force'], targets: ['roadmap.yaml'] },
  { label: 'report --html (report page)', args: ['report', example('agency.yaml'), '--html', 'report.html', '--force'], targets: ['report.html'] },
  {
    label: 'weights --out (rules file)',
    args: ['weights', '--matrix', fixture('decision', 'weights-team.yaml'), '--out', 'weights.yaml', '--force'],
    targets: ['weights.yaml'],
  },
];

const OLD = (target: string) => `# the previous ${target}, written before the command ran\nkeep: this\n`;

describe.each(WRITERS)('$label', ({ args, targets }) => {
  const fresh = new Map<string, string>();
  let fullRunMs = 0;

  beforeAll(async () => {
    const dir = scratch();
    const run = await runToEnd(args, dir);
    expect(run.code).toBe(0);
    fullRunMs = run.ms;
    for (const t of targets) fresh.set(t, readFileSync(join(dir, t), 'utf8'));
  });

  it(`SIGKILL at ${TRIALS} random moments leaves each file old or new, never torn`, async () => {
    const random = seeded(targets.join().length * 7919);
    const outcomes: string[] = [];
    let midWrite = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = scratch();
      for (const t of targets) writeFileSync(join(dir, t), OLD(t));
      // Even trials: any moment of the run. Odd trials: while a temporary file is being written.
      const at = trial % 2 === 0 ? { afterMs: Math.floor(random() * fullRunMs * 1.1) } : { afterTempFileMs: Math.floor(random() * 200) };
      const result = await runAndKill(args, dir, at);
      if (result.midWrite) midWrite++;
      for (const t of targets) {
        const now = readFileSync(join(dir, t), 'utf8');
        const state = now === OLD(t) ? 'old' : now === fresh.get(t) ? 'new' : 'TORN';
        outcomes.push(`${t}: ${state}`);
        expect(state, `trial ${trial} (${JSON.stringify(at)}): ${t} is neither the old file nor the new one`).not.toBe('TORN');
      }
    }
    // The kills did land inside writes, where a torn file would come from.
    expect(midWrite, outcomes.join('\n')).toBeGreaterThan(0);
  });
});

describe('the control: a careless in-place writer', () => {
  it('killed mid-write under the same slow writes, it leaves a torn file', async () => {
    const source = join(repoRoot, 'examples', 'agency.yaml');
    const content = readFileSync(source, 'utf8');
    const random = seeded(42);
    let torn = 0;
    for (let trial = 0; trial < 5; trial++) {
      const dir = scratch();
      const target = join(dir, 'inventory.yaml');
      writeFileSync(target, OLD('inventory.yaml'));
      const child = spawn(process.execPath, ['--require', slowWrite, join(repoRoot, 'test', 'crash', 'naive-writer.mjs'), target, source], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Wait for the write to start (the file is truncated), then kill within its few hundred milliseconds.
      const start = Date.now();
      while (readFileSync(target, 'utf8') === OLD('inventory.yaml') && Date.now() - start < 10_000) await sleep(1);
      await sleep(Math.floor(random() * 100));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(target, 'utf8');
      if (now !== OLD('inventory.yaml') && now !== content) torn++;
    }
    expect(torn).toBeGreaterThan(0);
  });
});
