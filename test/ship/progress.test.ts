/** The progress line: on stderr, only on a terminal, only for work past the delay, never with --quiet, cleared at the end. */
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/io/progress.js';
import { withSensitivity } from '../../src/core/sensitivity/index.js';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { fakeIo, runInProcess } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';
import { loadInventory } from '../../src/core/inventory/load.js';
import { defaultMethod } from '../helpers/method.js';
import { example } from '../helpers/paths.js';

async function loadExampleInventory() {
  const method = defaultMethod();
  const loaded = loadInventory(readFileSync(example('agency.yaml'), 'utf8'), 'agency.yaml', method);
  if (!loaded.ok) throw new Error('examples/agency.yaml does not load');
  return Promise.resolve({ inventory: loaded.value, method });
}

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progressLine', () => {
  it('draws after the delay on a terminal, at most ten times a second, and clears the line', () => {
    const io = { ...fakeIo(), stderrIsTTY: true };
    const c = clock();
    const p = progressLine(io, 'checking roadmaps', { now: c.now });
    p.update(1, 10);
    expect(io.err).toEqual([]);
    c.advance(1000);
    p.update(5, 10);
    p.update(6, 10);
    c.advance(100);
    p.update(7, 10);
    p.end();
    expect(io.err).toEqual(['\rchecking roadmaps: 50%\u001b[K', '\rchecking roadmaps: 70%\u001b[K', '\r\u001b[K']);
  });

  it('draws nothing when stderr is not a terminal, or with --quiet', () => {
    for (const io of [fakeIo(), { ...fakeIo(), stderrIsTTY: true, quiet: true }]) {
      const c = clock();
      const p = progressLine(io, 'x', { now: c.now });
      c.advance(5000);
      p.update(1, 2);
      p.end();
      expect(io.err).toEqual([]);
    }
  });
});

describe('the core reports progress through a callback', () => {
  it('score --sensitivity: rising percentages from 0 to below 100', async () => {
    const { inventory, method } = await loadExampleInventory();
    const seen: number[] = [];
    withSensitivity(evaluateInventory(inventory, method), inventory, method, { seed: 1, onProgress: (done, total) => seen.push((100 * done) / total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toBe(0);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(Math.max(...seen)).toBeLessThan(100);
  });

  it('nothing reaches stderr of a run that is not on a terminal', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--sensitivity', '-f', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
