import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'outsource-vendor-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const vendorMatrix = `criteria: [quality_record, vertical_expertise, cost]
comparisons:
  - [quality_record, vertical_expertise, 2]
  - [quality_record, cost, 4]
  - [vertical_expertise, cost, 2]
`;
const methodMatrix = `criteria: [benefit, risk]
comparisons:
  - [benefit, risk, 3]
`;

describe('weights from `outsource weights` in `outsource vendors --weights`', () => {
  const matrix = join(dir, 'vendor-matrix.yaml');
  writeFileSync(matrix, vendorMatrix);

  it('weights --matrix accepts vendor criteria; its JSON and its YAML are read by vendors --weights', async () => {
    const json = await runInProcess(['weights', '--matrix', matrix, '--format', 'json']);
    expect(json.code).toBe(0);
    const weights = (JSON.parse(json.stdout) as { weights: Record<string, number> }).weights;
    expect(Object.keys(weights)).toEqual(['quality_record', 'vertical_expertise', 'cost']);
    expect(weights.quality_record).toBeGreaterThan(weights.cost ?? 1);
    writeFileSync(join(dir, 'w.json'), json.stdout);

    const yaml = join(dir, 'w.yaml');
    const written = await runInProcess(['weights', '--matrix', matrix, '--out', yaml]);
    expect(written.code).toBe(0);
    expect(readFileSync(yaml, 'utf8')).toMatch(/^weights:\n {2}quality_record: 0\.\d+/m);

    const a = await runInProcess(['vendors', 'examples/vendors.yaml', '--weights', join(dir, 'w.json'), '--format', 'json']);
    const b = await runInProcess(['vendors', 'examples/vendors.yaml', '--weights', yaml, '--format', 'json']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ranking = (out: string) => (JSON.parse(out) as { vendors: { id: string; score: number }[] }).vendors.map((v) => `${v.id}:${v.score}`);
    expect(ranking(a.stdout)).toEqual(ranking(b.stdout));
  });

  it('says what to do with the weights of the method criteria, in JSON and in the written rules file', async () => {
    const m = join(dir, 'method-matrix.yaml');
    writeFileSync(m, methodMatrix);
    const json = await runInProcess(['weights', '--matrix', m, '--format', 'json']);
    writeFileSync(join(dir, 'method.json'), json.stdout);
    const fromJson = await runInProcess(['vendors', 'examples/vendors.yaml', '--weights', join(dir, 'method.json')]);
    expect(fromJson.code).toBe(2);
    expect(fromJson.stderr).toMatch(
      /weights of the method's criteria \(benefit, risk\), for `outsource score --rules`, not of vendor criteria; derive vendor weights with `outsource weights --matrix FILE`/,
    );
    const rulesFile = join(dir, 'rules.yaml');
    // What `weights --out` writes for the method: a rules file with criteria.<id>.priority.weight.
    writeFileSync(rulesFile, 'extends: default\ncriteria:\n  benefit:\n    priority: { weight: 0.75 }\n  risk:\n    priority: { weight: 0.25 }\n');
    const fromRules = await runInProcess(['vendors', 'examples/vendors.yaml', '--weights', rulesFile]);
    expect(fromRules.code).toBe(2);
    expect(fromRules.stderr).toMatch(/rules\.yaml:\d+:\d+: these are weights of the method's criteria/);
  });

  it('refuses a matrix that mixes vendor and method criteria, naming the vendor criteria', async () => {
    const mixed = join(dir, 'mixed.yaml');
    writeFileSync(mixed, 'criteria: [cost, benefit]\ncomparisons:\n  - [cost, benefit, 2]\n');
    const r = await runInProcess(['weights', '--matrix', mixed, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"benefit" is not a vendor criterion .*vendor criteria: vertical_expertise/);
  });

  it('round-trips through the built binary', async () => {
    const out = join(dir, 'e2e-weights.yaml');
    const w = await runBin(['weights', '--matrix', matrix, '--out', out, '--format', 'json']);
    expect(w.code).toBe(0);
    const v = await runBin(['vendors', 'examples/vendors.yaml', '--weights', out, '--format', 'markdown']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/\|/);
  });
});
