/** `outsource diff`: which processes changed verdict or rank between two assessments, and why. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffAssessments, diffMethods, type DiffSide } from '../../src/core/diff/index.js';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Method } from '../../src/core/method.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { passingAnswers, proc } from '../helpers/inventory.js';
import { repoRoot } from '../helpers/paths.js';

const method = defaultMethod();
function side(file: string, m: Method = method): DiffSide {
  const loaded = loadInventory(readFileSync(join(repoRoot, file), 'utf8'), file, m);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { inventory: loaded.value, assessment: evaluateInventory(loaded.value, m), method: m };
}
const fromProcesses = (processes: ReturnType<typeof proc>[], m: Method = method): DiffSide => {
  const inventory = { processes };
  return { inventory, assessment: evaluateInventory(inventory, m), method: m };
};

describe('two inventories', () => {
  const result = diffAssessments(side('test/fixtures/decision/before.yaml'), side('test/fixtures/decision/after.yaml'));
  const change = (id: string) => result.changes.find((c) => c.id === id)!;

  it('lists every process whose verdict or rank changed, plus added and removed ones', () => {
    expect(result.changes.map((c) => [c.id, c.change])).toEqual([
      ['newsletter-production', 'verdict'],
      ['seo', 'rank'],
      ['proofreading', 'rank'],
      ['social-media-upkeep', 'verdict'],
      ['podcast-editing', 'added'],
      ['print-ads', 'removed'],
    ]);
    expect(result.unchanged).toBe(0);
    expect(result.rules).toEqual([]);
  });

  it('a verdict change names the answer that changed and the gate it set off', () => {
    const c = change('newsletter-production');
    expect(c.old).toEqual({ verdict: 'outsource', rank: 1, score: 81.7 });
    expect(c.new).toEqual({ verdict: 'defer', rank: null, score: null });
    expect(c.answers).toEqual([{ criterion: 'contractual_duty', from: false, to: true }]);
    expect(c.gates).toEqual({ now: ['contractual-duty'], before: [] });
    expect(c.why).toEqual(['contractual_duty false -> true', 'gate contractual-duty now fires']);
    expect(change('social-media-upkeep').why).toEqual(['in_progress true -> false', 'gate in-progress no longer fires', 'passed steps 3 to 5']);
  });

  it('a rank change names its own answer changes and the processes that moved past it or fell behind', () => {
    const seo = change('seo');
    expect([seo.old?.rank, seo.new?.rank]).toEqual([4, 2]);
    expect(seo.why).toEqual([
      'benefit 3 -> 5',
      'cost_of_inaction 3 -> 4',
      'now below podcast-editing (new on the shortlist)',
      'now above newsletter-production (left the shortlist), print-ads (left the shortlist), proofreading',
    ]);
    // Proofreading's answers did not change: others moved.
    const proofreading = change('proofreading');
    expect(proofreading.answers).toEqual([]);
    expect(proofreading.why[0]).toBe('now below podcast-editing (new on the shortlist), seo, social-media-upkeep (new on the shortlist)');
  });

  it('the same inventory and rules give no changes', () => {
    const same = diffAssessments(side('examples/agency.yaml'), side('examples/agency.yaml'));
    expect(same.changes).toEqual([]);
    expect(same.unchanged).toBe(24);
  });
});

describe('one inventory under two rules files', () => {
  it('a changed threshold changes a verdict, and the why names the rule', () => {
    const stricter = methodFrom(readFileSync(join(repoRoot, 'test/fixtures/decision/rules-stricter.yaml'), 'utf8'));
    const processes = [proc('steady', passingAnswers({ risk: 3 })), proc('safe', passingAnswers({ risk: 1 }))];
    const result = diffAssessments(fromProcesses(processes), fromProcesses(processes, stricter));
    const steady = result.changes.find((c) => c.id === 'steady')!;
    expect(steady.change).toBe('verdict');
    expect(steady.answers).toEqual([]);
    expect(steady.why).toEqual(['gate high-jeopardy now fires', 'rules: gate high-jeopardy step 5: risk >= 4 -> step 5: risk >= 3']);
    expect(result.rules).toContainEqual({ kind: 'gate', id: 'high-jeopardy', from: 'step 5: risk >= 4', to: 'step 5: risk >= 3' });
    expect(result.rules).toContainEqual({ kind: 'weight', id: 'benefit', from: '20.0%', to: '33.3%' });
  });

  it('new weights reorder processes; the why says which weight moved most', () => {
    const heavy = methodFrom('extends: default\ncriteria:\n  repetitiveness: { priority: { weight: 20 } }\n');
    const processes = [proc('gainful', passingAnswers({ benefit: 5, repetitiveness: 3 })), proc('routine', passingAnswers({ benefit: 3, repetitiveness: 5 }))];
    const result = diffAssessments(fromProcesses(processes), fromProcesses(processes, heavy));
    expect(result.changes.map((c) => [c.id, c.old?.rank, c.new?.rank])).toEqual([
      ['gainful', 1, 2],
      ['routine', 2, 1],
    ]);
    expect(result.changes[0]!.why).toEqual(['rules: repetitiveness weighs 13.3% -> 60.6% of the score, and 6 more weight changes', 'now below routine']);
  });

  it('diffMethods is empty for the same method and lists a disabled gate', () => {
    expect(diffMethods(method, method)).toEqual([]);
    const off = methodFrom('extends: default\ngates:\n  in-progress: { enabled: false }\n');
    expect(diffMethods(method, off)).toEqual([{ kind: 'gate', id: 'in-progress', from: 'step 5: in_progress is true', to: null }]);
  });
});
