/**
 * Several raters per process: the combination rule of docs/raters.md (median
 * rounded toward the safer side; a gate flag fires if any rater says so) and
 * the disagreements it reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { cautiousMedian, combineRaters, saferSide } from '../../src/core/raters/combine.js';
import { renderJson } from '../../src/reporters/score/json.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { repoRoot } from '../helpers/paths.js';

const method = defaultMethod();
const fixture = (name: string) => join('test', 'fixtures', 'decision', name);
const load = (name: string, m = method) => loadInventory(readFileSync(join(repoRoot, fixture(name)), 'utf8'), fixture(name), m);
const criterion = (id: string) => method.criteriaById.get(id)!;

describe('the combination rule', () => {
  it('the median of an odd number of ratings is the middle one', () => {
    expect(cautiousMedian([4, 2, 3], 'higher')).toBe(3);
    expect(cautiousMedian([1, 5, 5], 'lower')).toBe(5);
  });

  it('an even number of ratings rounds the median toward the safer side', () => {
    expect(cautiousMedian([2, 5], 'higher')).toBe(4);
    expect(cautiousMedian([2, 5], 'lower')).toBe(3);
    expect(cautiousMedian([2, 4], 'lower')).toBe(3);
    expect(cautiousMedian([1, 2, 3, 4], 'higher')).toBe(3);
  });

  it('the safer side lowers the priority or makes a gate fire', () => {
    expect(saferSide(criterion('risk'), method)).toBe('higher'); // lowers the score, gate risk >= 4
    expect(saferSide(criterion('core_competency'), method)).toBe('higher');
    expect(saferSide(criterion('benefit'), method)).toBe('lower'); // raises the score, gate benefit <= 1
    expect(saferSide(criterion('repetitiveness'), method)).toBe('lower');
    expect(saferSide(criterion('vendor_parity'), method)).toBe('lower'); // gate vendor_parity <= 2
    expect(saferSide(criterion('politically_sensitive'), method)).toBe('higher'); // gate >= 4
  });

  it('one rater saying "true" to a gate flag is enough', () => {
    const { answers, disagreements } = combineRaters({}, { ana: { regulated: false }, ben: { regulated: true }, chloe: { regulated: false } }, method);
    expect(answers.regulated).toBe(true);
    expect(disagreements).toEqual([{ criterion: 'regulated', values: { ana: false, ben: true, chloe: false } }]);
  });

  it('a flag gate that fires on false makes false the cautious value', () => {
    const custom = methodFrom('extends: default\ngates:\n  in-progress: { value: false }\n');
    expect(combineRaters({}, { ana: { in_progress: true }, ben: { in_progress: false } }, custom).answers.in_progress).toBe(false);
  });

  it('the shared answers count as one more voice, named "answers"', () => {
    const { answers, disagreements } = combineRaters({ risk: 1 }, { ana: { risk: 3 }, ben: { risk: 3 } }, method);
    expect(answers.risk).toBe(3);
    expect(disagreements).toEqual([{ criterion: 'risk', values: { answers: 1, ana: 3, ben: 3 } }]);
  });

  it('a spread of 1 point is agreement; 2 points is a disagreement', () => {
    expect(combineRaters({}, { a: { benefit: 3 }, b: { benefit: 4 } }, method).disagreements).toEqual([]);
    expect(combineRaters({}, { a: { benefit: 3 }, b: { benefit: 5 } }, method).disagreements).toHaveLength(1);
  });

  it('a criterion no one answered stays unanswered; one answered by one rater takes that answer', () => {
    const { answers } = combineRaters({}, { ana: { risk: 2 }, ben: {} }, method);
    expect(answers).toEqual({ risk: 2 });
  });
});

describe('answers_by in an inventory', () => {
  it('combines the raters before scoring and reports where they disagree', () => {
    const loaded = load('raters.yaml');
    if (!loaded.ok) throw new Error(loaded.errors.map(formatDiagnostic).join('\n'));
    const [social, reporting] = loaded.value.processes;
    // risk 2, 4, 3 -> 3; benefit 4, 4, 3 -> 4; cost_of_inaction 4, 3, 3 -> 3.
    expect(social!.answers).toMatchObject({ risk: 3, benefit: 4, cost_of_inaction: 3, repetitiveness: 4 });
    expect(social!.disagreements).toEqual([{ criterion: 'risk', values: { ana: 2, ben: 4, chloe: 3 } }]);
    // Two raters: benefit 4 and 5 -> 4.5, rounded down (benefit raises the score); risk 2 and 1 -> 1.5, rounded up.
    expect(reporting!.answers).toMatchObject({ benefit: 4, risk: 2, compliance_owner: true, in_progress: false });

    const assessment = evaluateInventory(loaded.value, method);
    expect(assessment.evaluations.map((e) => e.verdict)).toEqual(['outsource', 'retain']);
    const json = JSON.parse(renderJson({ assessment, method })) as { processes: Record<string, unknown>[] };
    expect(json.processes[0]!.disagreements).toEqual([{ criterion: 'risk', values: { ana: 2, ben: 4, chloe: 3 } }]);
    expect(json.processes[1]!.disagreements).toEqual([{ criterion: 'compliance_owner', values: { ana: false, ben: true } }]);
  });

  it('a process without answers_by has no disagreements field at all', () => {
    const loaded = loadInventory('processes:\n  - { id: a, name: A, answers: { risk: 2 } }\n', 'x.yaml', method);
    if (!loaded.ok) throw new Error('did not load');
    const json = JSON.parse(renderJson({ assessment: evaluateInventory(loaded.value, method), method })) as { processes: Record<string, unknown>[] };
    expect(json.processes[0]).not.toHaveProperty('disagreements');
  });

  it('an unknown criterion under a rater is an error at its position, with a suggestion', () => {
    const loaded = load('bad-rater-criterion.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map(formatDiagnostic)).toEqual([
      `${fixture('bad-rater-criterion.yaml')}:6:14: processes[0].answers_by.ben: unknown key "rsik" (did you mean "risk"?)`,
    ]);
  });

  it('a rater called "answers" is refused: that name is the voice of the shared answers', () => {
    const loaded = load('bad-rater-name.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map(formatDiagnostic)).toEqual([
      `${fixture('bad-rater-name.yaml')}:6:16: processes[0].answers_by.answers: the rater name "answers" is kept for the shared answers; pick another name`,
    ]);
  });
});
