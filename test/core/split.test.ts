import { describe, expect, it } from 'vitest';
import { evaluateProcess } from '../../src/core/engine/evaluate.js';
import { passingAnswers, proc } from '../helpers/inventory.js';
import { defaultMethod } from '../helpers/method.js';
import { runInProcess } from '../helpers/cli.js';

const method = defaultMethod();
const evaluate = (overrides: Record<string, number | boolean | undefined>) => evaluateProcess(proc('p', passingAnswers(overrides)), method);

describe('step 4 accountability gates and separable', () => {
  const ACCOUNTABILITY = [
    { gate: 'needs-authorisation', fires: { regulated: true }, passes: { regulated: false }, keeps: 'the authorisation or licence' },
    { gate: 'assures-compliance', fires: { compliance_owner: true }, passes: { compliance_owner: false }, keeps: 'the ownership of compliance' },
    { gate: 'face-to-face', fires: { face_to_face: 4 }, passes: { face_to_face: 3 }, keeps: 'the client relationship' },
  ] as const;

  for (const g of ACCOUNTABILITY) {
    it(`${g.gate}: with separable true it is a split that says what stays in-house; false or unanswered retains; below the threshold it passes`, () => {
      const split = evaluate({ ...g.fires, separable: true });
      expect(split.verdict).toBe('split');
      expect(split.score).not.toBeNull();
      expect(split.rank).toBeNull();
      const [kept, priority] = split.reasons;
      expect(kept).toMatchObject({ step: 4, gate: g.gate });
      expect(kept?.message).toContain(g.keeps);
      expect(kept?.message).toContain('stay in-house');
      expect(priority?.gate).toBe('priority');
      expect(evaluate({ ...g.fires, separable: false })).toMatchObject({ verdict: 'retain', reasons: [{ gate: g.gate }] });
      const unanswered = evaluate({ ...g.fires });
      expect(unanswered.verdict).toBe('retain');
      expect(unanswered.reasons[0]?.message).toContain('separable is not answered, so the whole process stays');
      expect(unanswered.missing).toEqual(['separable']);
      expect(evaluate({ ...g.passes, separable: true }).verdict).toBe('outsource');
      expect(evaluate({ ...g.passes }).missing).toEqual([]);
    });
  }

  it('the whole gate (internal politics) retains even when the rest is separable', () => {
    expect(evaluate({ politically_sensitive: 4, compliance_owner: true, separable: true })).toMatchObject({
      verdict: 'retain',
      reasons: [{ gate: 'internal-politics' }],
    });
    expect(evaluate({ politically_sensitive: 3, compliance_owner: true, separable: true }).verdict).toBe('split');
  });

  it('a split still has to pass step 5, and is incomplete while a step-4 question is open', () => {
    expect(evaluate({ compliance_owner: true, separable: true, risk: 4 }).verdict).toBe('defer');
    expect(evaluate({ compliance_owner: true, separable: true, politically_sensitive: undefined }).verdict).toBe('incomplete');
  });

  it('two accountability gates give one reason each', () => {
    const e = evaluate({ compliance_owner: true, face_to_face: 5, separable: true });
    expect(e.reasons.map((r) => r.gate)).toEqual(['assures-compliance', 'face-to-face', 'priority']);
  });

  it('a gate lifted by a flag that is not at step 4, or without keeps, is refused', async () => {
    const { rulesErrors } = await import('../helpers/method.js');
    expect(rulesErrors('extends: default\ngates:\n  high-jeopardy:\n    unless: separable\n    keeps: x\n')[0]?.message).toContain('only step-4 gates');
    expect(rulesErrors('extends: default\ngates:\n  internal-politics:\n    unless: separable\n')[0]?.message).toContain('no "keeps:"');
    expect(rulesErrors('extends: default\ngates:\n  internal-politics:\n    unless: risk\n    keeps: x\n')[0]?.message).toContain('must be a flag');
  });
});

describe('split through every command', () => {
  const F = 'test/fixtures/split';

  it('score: table, markdown, csv, json and --explain say split and what stays in-house', async () => {
    const table = await runInProcess(['score', `${F}/inventory.yaml`]);
    expect(table.stdout).toContain('1 to split');
    expect(table.stdout).toContain('split: the ownership of compliance');
    const md = await runInProcess(['score', `${F}/inventory.yaml`, '--format', 'markdown']);
    expect(md.stdout).toContain('split: the ownership of compliance');
    const csv = await runInProcess(['score', `${F}/inventory.yaml`, '--format', 'csv']);
    expect(csv.stdout).toMatch(/^media-buying,Media buying,,split,1,\d+(\.\d)?,1,4,assures-compliance,/m);
    const json = JSON.parse((await runInProcess(['score', `${F}/inventory.yaml`, '--format', 'json'])).stdout) as {
      processes: { id: string; verdict: string; rank: number | null; possible_verdicts: string[] }[];
    };
    expect(json.processes.map((p) => [p.id, p.verdict, p.rank, p.possible_verdicts])).toEqual([
      ['media-buying', 'split', 1, ['split']],
      ['client-service', 'retain', null, ['retain']],
      ['field-work', 'retain', null, ['retain', 'split']],
    ]);
    const explain = await runInProcess(['score', `${F}/inventory.yaml`, '--explain', 'media-buying']);
    expect(explain.stdout).toContain('Verdict: split, rank 1');
    expect(explain.stdout).toMatch(/KEPT\s+assures-compliance/);
    expect(explain.stdout).toContain('passed as a split');
    const retained = await runInProcess(['score', `${F}/inventory.yaml`, '--explain', 'field-work']);
    expect(retained.stdout).toContain('split (execution out, accountability kept) if separable were answered true');
    expect(retained.stdout).toContain('could still be: retain, split');
  });

  it('--sensitivity: a split gets a rank stability like any candidate', async () => {
    const json = JSON.parse((await runInProcess(['score', `${F}/inventory.yaml`, '--format', 'json', '--sensitivity'])).stdout) as {
      processes: { id: string; rank_stability?: number }[];
    };
    expect(json.processes[0]?.rank_stability).toBe(1);
  });

  it('diff: a process that becomes a split says so and says what stays', async () => {
    const r = await runInProcess(['diff', `${F}/inventory.yaml`, `${F}/after.yaml`, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { changes: { id: string; change: string; why: string[] }[] };
    const field = out.changes.find((c) => c.id === 'field-work');
    expect(field?.change).toBe('verdict');
    expect(field?.why).toContain('passed steps 3 to 5 as a split');
    expect(field?.why.some((w) => w.startsWith('stays in-house: the client relationship'))).toBe(true);
  });

  it('report: the split is on the shortlist and in the matrix, marked', async () => {
    const r = await runInProcess(['report', `${F}/inventory.yaml`, '--format', 'markdown']);
    expect(r.stdout).toMatch(/\| 1 \| Media buying \*\*split\*\* \|/);
    expect(r.stdout).toContain('split, rank 1');
  });
});
