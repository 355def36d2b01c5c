/** What a new user hit in the first hour of the interview, each answered (scripted prompter; the pty side is in e2e-everyday). */
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { openSuggestions } from '../../src/core/interview/ask.js';
import { recap } from '../../src/core/interview/recap.js';
import { replay } from '../../src/core/interview/state.js';
import { defaultMethod } from '../helpers/method.js';
import { emptySession, questions, runScript } from './run.js';
import { DEFAULT, sel, shippedCatalogues, ticks, typed } from './scripted.js';
import { passingAnswers } from '../helpers/inventory.js';

const method = defaultMethod();

describe('no preselected answer', () => {
  it('Enter on a gate question answers nothing and asks again', async () => {
    const run = await runScript([
      sel('type'),
      typed('Ad adaptations'),
      sel('none'),
      sel('done'),
      sel(DEFAULT, 'Ad adaptations: How much does this process give'),
      sel(DEFAULT, 'Ad adaptations: How much does this process give'),
    ]);
    expect(run.interrupted).toBe(true);
    const answers = run.saves.at(-1)!.events.filter((e) => e.type === 'answer');
    expect(answers).toEqual([]);
    const gates = run.prompter.asked.filter((q) => q.message.startsWith('Ad adaptations:'));
    expect(gates.length).toBeGreaterThanOrEqual(2);
    expect(gates.every((q) => q.default === 'unanswered')).toBe(true);
  });

  it('yes/no questions preselect neither yes nor no', async () => {
    const run = await runScript([
      sel('type'),
      typed('Ad adaptations'),
      sel('none'),
      sel('done'),
      sel('1'),
      sel('5'),
      sel('5'),
      sel(DEFAULT, 'Does it need an authorisation'),
    ]);
    const flag = run.prompter.asked.at(-1)!;
    expect(flag.choices!.map((c) => c.value).slice(0, 2)).toEqual(['true', 'false']);
    expect(flag.default).toBe('unanswered');
    expect(run.saves.at(-1)!.events.some((e) => e.type === 'answer' && e.criterion === 'regulated')).toBe(false);
  });
});

describe("don't know is offered again before the shortlist", () => {
  it("a don't-know at step 3 is asked again, and the process goes on through steps 4 to 6", async () => {
    const run = await runScript([
      sel('type'),
      typed('Ad adaptations'),
      sel('none'),
      sel('done'),
      sel('1'),
      sel('dont-know', 'How well could an outside party'),
      sel('5', 'How much would outsourcing it gain'),
      sel('yes', 'Before the shortlist: answer them now?'),
      sel('5', 'Ad adaptations: How well could an outside party'),
      // steps 4, 5 and 6 now follow
      sel('false', 'Does it need an authorisation'),
    ]);
    expect(run.prompter.said.join('\n')).toMatch(/"Don't know" was the answer once[^\n]*\n {2}Ad adaptations: vendor parity/);
    const state = replay(run.saves.at(-1)!, method);
    expect(state.processes[0]!.answers).toMatchObject({ vendor_parity: 5, regulated: false });
  });

  it('"no" keeps them unanswered and is not asked again', async () => {
    const run = await runScript([
      sel('type'),
      typed('Ad adaptations'),
      sel('none'),
      sel('done'),
      sel('1'),
      sel('dont-know'),
      sel('5'),
      sel('no', 'Before the shortlist'),
      typed('', "organisation's name"),
    ]);
    expect(run.interrupted).toBe(false);
    expect(questions(run).filter((q) => q.includes('Before the shortlist'))).toHaveLength(1);
    expect(evaluateInventory(run.result!.inventory, method).evaluations[0]!.verdict).toBe('incomplete');
  });
});

describe('near-duplicates between the list and the catalogue', () => {
  it('a typed "IT helpdesk and laptop support" hides the catalogue\'s "IT help desk and tech support"', () => {
    const session = emptySession({ processes: [{ id: 'it-helpdesk', name: 'IT helpdesk and laptop support', answers: {} }] });
    const offered = openSuggestions(replay(session, method), shippedCatalogues()).map((s) => s.name);
    expect(offered).not.toContain('IT help desk and tech support');
    expect(offered).toContain('Basic systems administration');
  });

  it('offers to merge them when both are listed', async () => {
    const run = await runScript([sel('suggest'), ticks(['it-help-desk']), sel('type'), typed('IT helpdesk and laptop support'), sel('none'), sel('done')]);
    expect(questions(run).some((q) => q.includes('"IT helpdesk and laptop support" and "IT help desk and tech support" look like the same process'))).toBe(
      true,
    );
  });

  it('no longer offers Flash ad development', () => {
    expect(
      shippedCatalogues()
        .suggestions.map((s) => s.name)
        .join('\n'),
    ).not.toMatch(/Flash/);
  });
});

describe('step 7 and after', () => {
  const shortlisted = () =>
    emptySession({
      listDone: true,
      processes: [
        {
          id: 'seo',
          name: 'SEO',
          function: 'digital marketing',
          answers: passingAnswers({ core_competency: 1 }),
        },
      ],
    });

  it('asks volume, right-shoring, metrics of your own and the organisation, and writes them', async () => {
    const run = await runScript(
      [
        ticks(['<own>'], 'which metrics will you track for "SEO"'),
        typed('Pages ranked in the top 10', 'Name of your metric'),
        typed('count', 'Unit of "Pages ranked in the top 10"'),
        typed('', 'Another metric of your own'),
        typed('12', 'SEO: baseline of "Pages ranked in the top 10"'),
        typed('160', 'SEO: how many hours of work a month?'),
        sel('steady', 'SEO: how does the work arrive?'),
        sel('4', 'SEO: How sensitive'),
        sel('2'),
        sel('3'),
        sel('false'),
        typed('Northlight Creative', "The organisation's name"),
      ],
      shortlisted(),
    );
    expect(run.interrupted).toBe(false);
    const p = run.result!.inventory.processes[0]!;
    expect(p.metrics).toEqual([{ name: 'Pages ranked in the top 10', unit: 'count', baseline: 12 }]);
    expect(p.volume).toEqual({ hours_per_month: 160, pattern: 'steady' });
    expect(p.answers).toMatchObject({ data_sensitivity: 4, language_culture: 2, timezone_overlap: 3, follow_the_sun: false });
    expect(run.result!.inventory.organisation).toBe('Northlight Creative');
    expect(evaluateInventory(run.result!.inventory, method).evaluations[0]!.engagement?.model).toBe('resource-support');
  });

  it('"a" ticks everything, Back too: that is a choice of metrics, not a step back', async () => {
    const session = shortlisted();
    delete session.base.processes[0]!.answers.repetitiveness;
    const all = ['on-time delivery', 'cost per unit', 'error rate', 'campaign ROI', 'output volume', '<back>'];
    const run = await runScript(
      [
        sel('4', 'How repetitive'),
        ticks(all, 'which metrics'),
        ...[1, 2, 3, 4, 5].map(() => typed('', 'baseline')),
        typed('', 'how many hours'),
        ...[1, 2, 3, 4].map(() => sel('dont-know')),
        typed('', 'organisation'),
      ],
      session,
    );
    expect(run.interrupted).toBe(false);
    expect(run.result!.inventory.processes[0]!.metrics).toHaveLength(5);
    expect(run.result!.inventory.processes[0]!.answers.repetitiveness).toBe(4);
  });

  it('offers a function typed for one process first for the next', async () => {
    const run = await runScript([sel('type'), typed('Ad adaptations'), sel('other'), typed('Studio ops'), sel('type'), typed('Photo retouching')]);
    const next = run.prompter.asked.at(-1)!;
    expect(next.message).toContain('Which function does "Photo retouching"');
    expect(next.choices![0]!.value).toBe('f:Studio ops');
  });
});

describe('resume', () => {
  it('recaps what is already listed and answered', () => {
    const session = emptySession({
      organisation: 'Northlight',
      processes: [
        { id: 'seo', name: 'SEO', function: 'digital marketing', answers: { core_competency: 1 } },
        { id: 'ads', name: 'Ad adaptations', answers: {} },
      ],
    });
    session.events.push({ type: 'answer', process: 'ads', criterion: 'benefit', value: null });
    const text = recap(replay(session, method), method);
    expect(text).toMatch(
      /^Resuming for Northlight: 2 processes listed so far:\n {2}- SEO \(seo; digital marketing\): 1 of \d+ answered\n {2}- Ad adaptations \(ads\): 0 of \d+ answered, 1 "don't know"$/,
    );
  });
});
