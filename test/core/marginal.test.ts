import { describe, expect, it } from 'vitest';
import { evaluateInventory, evaluateProcess } from '../../src/core/engine/evaluate.js';
import { buildReport } from '../../src/core/report/model.js';
import { scoreReporters } from '../../src/reporters/score/index.js';
import { renderReportMarkdown } from '../../src/reporters/report/markdown.js';
import { passingAnswers, proc } from '../helpers/inventory.js';
import { defaultMethod, methodFrom, rulesErrors } from '../helpers/method.js';

const method = defaultMethod();
// benefit 2, cost_of_inaction 1, repetitiveness 1, tech 5, risk 3, domain 4, core 3: a weak candidate.
const weak = passingAnswers({ core_competency: 3, benefit: 2, risk: 3, domain_expertise: 4, cost_of_inaction: 1, tech_complexity: 5, repetitiveness: 1 });

describe('marginal candidates (min_score)', () => {
  it('the default min_score is 40: a candidate below it is marginal, with a reason, and stays ranked', () => {
    expect(method.minScore).toBe(40);
    const e = evaluateProcess(proc('weak', weak), method);
    expect(e.verdict).toBe('outsource');
    expect(e.score).toBeLessThan(40);
    expect(e.marginal).toBe(true);
    expect(e.reasons.at(-1)).toMatchObject({ step: 6, gate: 'marginal' });
    expect(e.reasons.at(-1)?.message).toContain('below the minimum of 40');
    const strong = evaluateProcess(proc('strong', passingAnswers()), method);
    expect(strong.marginal).toBe(false);
    expect(strong.reasons.map((r) => r.gate)).toEqual(['priority']);
  });

  it('min_score comes from the rules, and the threshold is strict: at the minimum it is not marginal', () => {
    const score = evaluateProcess(proc('p', passingAnswers()), method).score!;
    expect(evaluateProcess(proc('p', passingAnswers()), methodFrom(`extends: default\nmin_score: ${score}\n`)).marginal).toBe(false);
    expect(evaluateProcess(proc('p', passingAnswers()), methodFrom(`extends: default\nmin_score: ${score + 0.1}\n`)).marginal).toBe(true);
    expect(rulesErrors('extends: default\nmin_score: 120\n')[0]).toMatchObject({ line: 2 });
  });

  it("every format marks it, and so does the report's matrix", () => {
    const inventory = { processes: [proc('weak', weak), proc('strong', passingAnswers())] };
    const assessment = evaluateInventory(inventory, method);
    const render = (f: 'table' | 'json' | 'csv' | 'markdown') => [...scoreReporters[f]({ assessment, method }, { color: false, width: 120 })].join('');
    expect(render('table')).toContain('MARGINAL');
    expect(render('markdown')).toContain('MARGINAL');
    expect(render('csv')).toMatch(/^weak,.*,true,outsource,,\d+(\.\d)?,\d+(\.\d)?$/m);
    expect((JSON.parse(render('json')) as { processes: { marginal: boolean }[] }).processes.map((p) => p.marginal)).toEqual([true, false]);
    const report = buildReport(inventory, assessment, method);
    expect(report.matrix.find((p) => p.id === 'weak')?.marks).toEqual(['marginal']);
    expect(renderReportMarkdown(report)).toContain('Process weak **marginal**');
  });
});
