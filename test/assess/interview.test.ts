/** The interview logic against a scripted prompt driver: every step, "don't know", back, merge, resume. */
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { formatInventory } from '../../src/core/interview/inventory.js';
import { idFor, replay, takenIds } from '../../src/core/interview/state.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { catalogueDirections, defaultMethod, methodFrom } from '../helpers/method.js';
import { emptySession, questions, runScript } from './run.js';
import { DEFAULT, sel, ticks, typed, type Step } from './scripted.js';
import { passingAnswers } from '../helpers/inventory.js';

const method = defaultMethod();

/** Steps 1-2: three typed processes (two of them near-duplicates) and two picked suggestions. */
const LISTING: Step[] = [
  sel('type', 'Step 2: list the first process'),
  typed('Newsletter production', 'Name of the process'),
  sel('f:creative production', 'Which function does "Newsletter production"'),
  sel('type', '1 process listed'),
  typed('newsletters – EMEA'),
  sel('none', 'Which function does "newsletters – EMEA"'),
  sel('type'),
  typed('Pitch support'),
  sel('f:new business'),
  sel('suggest', '3 processes listed'),
  ticks(['it-help-desk', 'seo'], 'Which of these do you do too?'),
  sel('done', '5 processes listed'),
  sel('keep-a', '"Newsletter production" and "newsletters – EMEA" look like the same process'),
];

/** Steps 3 to 7 for the four processes left after the merge. */
const ASSESSING: Step[] = [
  // step 3
  sel('1', 'Newsletter production: How much does this process give'),
  sel('5', 'Newsletter production: How well could an outside party'),
  sel('5', 'Newsletter production: How much would outsourcing it gain'),
  sel('5', 'Pitch support: How much does this process give'),
  sel('1', 'SEO: How much does this process give'),
  sel('4', 'SEO: How well could'),
  sel('4', 'SEO: How much would outsourcing'),
  sel('2', 'IT help desk and tech support: How much does this process give'),
  sel('dont-know', 'IT help desk and tech support: How well could an outside party'),
  sel('4', 'IT help desk and tech support: How much would outsourcing it gain'),
  // step 4
  sel('false', 'Newsletter production: Does it need an authorisation'),
  sel('1', 'Newsletter production: How strongly do internal politics'),
  sel('false', 'Newsletter production: Is this process how the organisation assures'),
  sel('1', 'Newsletter production: How much must your OWN people be in the room'),
  sel('false', 'SEO: Does it need an authorisation'),
  sel('2', 'SEO: How strongly'),
  sel('true', 'SEO: Is this process how the organisation assures'),
  // An accountability gate fired: the interview asks whether the accountable part can stay in-house.
  sel('false', 'SEO: Can the accountable part stay with your own people'),
  // step 5
  sel('false', 'Newsletter production: Is the process still being built'),
  sel('false', 'Newsletter production: Is its roadmap still undecided'),
  sel('2', 'Newsletter production: How much would be in jeopardy'),
  sel('2', 'Newsletter production: How much specific technical'),
  sel('false', 'Newsletter production: Do contractual duties'),
  // step 6
  sel('3', 'Newsletter production: How serious are the consequences'),
  sel('4', 'Newsletter production: How complicated is the technology'),
  sel('dont-know', 'Newsletter production: How repetitive'),
  // before the shortlist: the "don't know" answers stay as they are
  sel('no', 'Before the shortlist: answer them now?'),
  // step 7
  ticks(DEFAULT, 'which metrics will you track for "Newsletter production"'),
  typed('48', 'baseline of "turnaround" today, in hours'),
  typed('2 days', 'baseline of "cost per unit"'),
  typed('', 'baseline of "rework rate"'),
  typed('90,5', 'baseline of "on-time delivery"'),
];

/** Step 7 after the metrics: volume and right-shoring of the shortlisted process, then the organisation. */
const CLOSING: Step[] = [
  typed('', 'Newsletter production: how many hours of work a month?'),
  sel('dont-know', 'Newsletter production: '),
  sel('dont-know', 'Newsletter production: '),
  sel('dont-know', 'Newsletter production: '),
  sel('dont-know', 'Newsletter production: '),
  typed('', "The organisation's name"),
];

const FULL = [...LISTING, ...ASSESSING, ...CLOSING];

describe('a whole interview', () => {
  it('walks steps 1 to 7 and ends with an inventory that scores to the shortlist it showed', async () => {
    const run = await runScript(FULL);
    expect(run.interrupted).toBe(false);
    expect(run.prompter.remaining).toBe(0);
    const inventory = run.result!.inventory;
    // Picked suggestions come in catalogue order.
    expect(inventory.processes.map((p) => p.id)).toEqual(['newsletter-production', 'pitch-support', 'seo', 'it-help-desk']);
    const newsletter = inventory.processes[0]!;
    expect(newsletter).toMatchObject({ name: 'Newsletter production', function: 'creative production', merged_from: ['newsletters-emea'] });
    expect(newsletter.answers.repetitiveness).toBeUndefined();
    expect(newsletter.metrics).toEqual([
      { name: 'turnaround', unit: 'hours', baseline: 48 },
      { name: 'cost per unit', unit: 'days', baseline: 2 },
      { name: 'rework rate', unit: '%' },
      { name: 'on-time delivery', unit: '%', baseline: 90.5 },
    ]);
    expect(inventory.processes[3]).toMatchObject({
      name: 'IT help desk and tech support',
      function: 'IT operations',
      answers: { core_competency: 2, benefit: 4 },
    });

    const verdicts = evaluateInventory(inventory, method).evaluations.map((e) => e.verdict);
    expect(verdicts).toEqual(['outsource', 'keep', 'retain', 'incomplete']);

    // Written as YAML and read back the way `outsource score` reads it: the same processes and the same shortlist.
    const text = formatInventory(inventory, 'yaml', 'test');
    const loaded = loadInventory(text, 'inventory.yaml', method);
    expect(loaded.ok && loaded.value).toEqual(inventory);
    if (!loaded.ok) return;
    const again = evaluateInventory(loaded.value, method).shortlist.map((e) => [e.id, e.score, e.rank, e.confidence]);
    expect(again).toEqual(evaluateInventory(inventory, method).shortlist.map((e) => [e.id, e.score, e.rank, e.confidence]));
    expect(run.prompter.said.join('\n')).toContain('Shortlist - step 6, best first (1)');
  });

  it('tells after each cross-out step what it crossed out and why', async () => {
    const said = (await runScript(FULL)).prompter.said.join('\n');
    expect(said).toContain(
      [
        '1 of 4 crossed out at step 3 (keep):',
        '  - Pitch support: it gives the organisation its competitive advantage, so keep it in-house (core_competency = 5)',
        '1 of 4 undecided at step 3 (verdict incomplete until answered):',
        "  - IT help desk and tech support: don't know vendor_parity",
        '2 of 4 go on to step 4.',
      ].join('\n'),
    );
    expect(said).toContain(
      '1 of 2 crossed out at step 4 (retain):\n  - SEO: it is how the organisation assures fulfilment or compliance (compliance_owner = true); separable = false, so the whole process stays\n1 of 2 goes on to step 5.',
    );
    expect(said).toContain('0 of 1 crossed out at step 5 (defer).\n1 of 1 goes on to step 6.');
    // In order: the step-3 summary before step 4's header, the shortlist before step 7's.
    expect(said.indexOf('crossed out at step 3')).toBeLessThan(said.indexOf('Step 4 of 7'));
    expect(said.indexOf('Shortlist - step 6')).toBeLessThan(said.indexOf('Step 7 of 7'));
  });

  it('asks only what is still needed: nothing after a process is stopped, no gate answered twice, step 6 for survivors only', async () => {
    const asked = questions(await runScript(FULL));
    const about = (name: string) => asked.filter((q) => q.startsWith(`select: ${name}:`));
    // Pitch support: one question, the gate that fired at step 3.
    expect(about('Pitch support')).toHaveLength(1);
    // IT help desk: its three step-3 questions; "don't know" stops it there.
    expect(about('IT help desk and tech support')).toHaveLength(3);
    // SEO: step 3, then step 4 until the compliance gate fired, then separable (face-to-face is not asked).
    expect(about('SEO')).toHaveLength(7);
    expect(about('SEO').at(-1)).toContain('Can the accountable part stay');
    // Newsletter production: no accountability gate fired, so separable is never asked.
    expect(about('Newsletter production').some((q) => q.includes('Can the accountable part stay'))).toBe(false);
    expect(about('SEO').some((q) => q.includes('face-to-face'))).toBe(false);
    // Newsletter production: 3 + 4 + 5, then only the 3 step-6 criteria not already answered,
    // then the 4 right-shoring questions of step 7 (it is on the shortlist).
    expect(about('Newsletter production')).toHaveLength(19);
    // No criterion is asked twice about the same process.
    const criterionQuestions = asked.filter((q) => /^select: [^?]+: /.test(q) && !q.includes('look like the same'));
    expect(new Set(criterionQuestions).size).toBe(criterionQuestions.length);
  });

  it('offers labelled scale choices from the rules, yes/no for flags, and "don\'t know" on every question', async () => {
    const run = await runScript(FULL);
    const criterionQuestions = run.prompter.asked.filter(
      (q) => /^(Newsletter production|Pitch support|IT help desk|SEO):/.test(q.message) && q.kind === 'select',
    );
    expect(criterionQuestions.length).toBeGreaterThan(20);
    for (const q of criterionQuestions) {
      const names = q.choices!.map((c) => c.name);
      expect(names).toContain("? Don't know (leave it unanswered)");
      const flag = names.includes('Yes');
      if (flag) expect(names.slice(0, 2)).toEqual(['Yes', 'No']);
      else expect(names.slice(0, 5)).toEqual(['1 = very low', '2 = low', '3 = medium', '4 = high', '5 = very high']);
      // The help text of the rules goes with each answer.
      const criterion = method.criteria.find((c) => q.message.endsWith(c.question))!;
      expect(criterion).toBeDefined();
      expect(q.choices![0]!.description).toBe(criterion.help);
    }
  });

  it('takes questions, help texts and scale labels from the rules file, not from the code', async () => {
    const custom = methodFrom(
      [
        'extends: default',
        'scale: { labels: { 1: none at all, 5: overwhelming } }',
        'criteria:',
        '  core_competency: { question: Is this your secret sauce?, help: Think of what clients pay you for. }',
      ].join('\n'),
    );
    const run = await runScript(
      [sel('type'), typed('Ad adaptations'), sel('none'), sel('done'), sel('1', 'Ad adaptations: Is this your secret sauce?')],
      emptySession(),
      custom,
    );
    const q = run.prompter.asked.find((a) => a.message === 'Ad adaptations: Is this your secret sauce?')!;
    expect(q.choices!.map((c) => c.name)).toEqual([
      '1 = none at all',
      '2 = low',
      '3 = medium',
      '4 = high',
      '5 = overwhelming',
      "? Don't know (leave it unanswered)",
      '< Back: change the previous answer',
      '  (no answer yet: press a digit, or use the arrows)',
    ]);
    // Nothing is preselected: the cursor starts on the line that is not an answer.
    expect(q.default).toBe('unanswered');
    expect(q.choices![0]!.description).toBe('Think of what clients pay you for.');
    expect(run.prompter.said.join('\n')).toContain(custom.steps[3].intro!);
  });
});

describe("don't know", () => {
  it('leaves the criterion unanswered, so the verdict is incomplete, never silently safe', async () => {
    const run = await runScript([
      sel('type'),
      typed('Catalogue production'),
      sel('none'),
      sel('done'),
      sel('1'),
      sel('dont-know'),
      sel('3'),
      sel('no', 'Before the shortlist'),
      typed('', "organisation's name"),
    ]);
    expect(run.interrupted).toBe(false);
    const process = run.result!.inventory.processes[0]!;
    expect(process.answers).toEqual({ core_competency: 1, benefit: 3 });
    expect(evaluateInventory(run.result!.inventory, method).evaluations[0]!.verdict).toBe('incomplete');
    // Recorded as such in the session, so it is not asked again on resume.
    expect(run.saves.at(-1)!.events.at(-4)).toEqual({ type: 'answer', process: 'catalogue-production', criterion: 'vendor_parity', value: null });
  });

  it('still asks the rest of the step: a gate that fires decides even when another answer is unknown', async () => {
    const run = await runScript([
      sel('type'),
      typed('Client strategy'),
      sel('none'),
      sel('done'),
      sel('dont-know'),
      sel('1', 'How well could an outside party'),
      sel('no', 'Before the shortlist'),
      typed('', "organisation's name"),
    ]);
    expect(questions(run)).toHaveLength(8);
    expect(evaluateInventory(run.result!.inventory, method).evaluations[0]!.verdict).toBe('keep');
  });
});

describe('back', () => {
  it('is not offered before the first answer', async () => {
    const run = await runScript([sel('type'), typed('SEO'), sel('none')]);
    expect(run.prompter.asked[0]!.choices!.map((c) => c.value)).not.toContain('back');
    expect(run.prompter.asked[2]!.choices!.map((c) => c.value)).toContain('back');
  });

  it('takes back the last answer and asks it again with that answer preselected', async () => {
    const run = await runScript([
      sel('type'),
      typed('Banner resizing'),
      sel('none'),
      sel('done'),
      sel('1', 'How much does this process give'),
      sel('2', 'How well could an outside party'),
      typed('', "organisation's name"),
    ]);
    // A low vendor parity crosses it out at once: nothing more to ask about it.
    expect(questions(run)).toHaveLength(7);
    expect(run.interrupted).toBe(false);
    expect(evaluateInventory(run.result!.inventory, method).evaluations[0]!.verdict).toBe('keep');

    const changed = await runScript([
      sel('type'),
      typed('Banner resizing'),
      sel('none'),
      sel('type'),
      typed('Catalogue production'),
      sel('none'),
      sel('done'),
      sel('1', 'Banner resizing: How much does this process give'),
      sel('2', 'Banner resizing: How well could an outside party'),
      sel('back', 'Catalogue production: How much does this process give'),
      sel(DEFAULT, 'Banner resizing: How well could an outside party'),
      sel('back', 'Catalogue production: How much does this process give'),
      sel('5', 'Banner resizing: How well could an outside party'),
      sel('4', 'Banner resizing: How much would outsourcing it gain'),
    ]);
    const asked = changed.prompter.asked;
    const reasked = asked.filter((q) => q.message === 'Banner resizing: How well could an outside party perform it, compared with your own team?');
    expect(reasked.map((q) => q.default)).toEqual(['unanswered', '2', '2']);
    const banner = changed.saves.at(-1)!.events.filter((e) => e.type === 'answer' && e.process === 'banner-resizing');
    expect(banner.map((e) => (e.type === 'answer' ? [e.criterion, e.value] : []))).toEqual([
      ['core_competency', 1],
      ['vendor_parity', 5],
      ['benefit', 4],
    ]);
  });

  it('goes back across steps: from step 4 into step 3, and from the list of processes out of an added one', async () => {
    const run = await runScript([
      sel('type'),
      typed('Ad adaptations'),
      sel('f:creative production'),
      sel('type'),
      typed('Pitch support'),
      sel('back', 'Which function does "Pitch support"'),
      sel('done', '1 process listed'),
      sel('1'),
      sel('5'),
      sel('5'),
      sel('back', 'Does it need an authorisation'),
      sel('4', 'How much would outsourcing it gain'),
      sel('false', 'Does it need an authorisation'),
    ]);
    expect(run.interrupted).toBe(true);
    const last = run.saves.at(-1)!;
    expect(last.events.filter((e) => e.type === 'add')).toHaveLength(1);
    expect(last.events.at(-2)).toEqual({ type: 'answer', process: 'ad-adaptations', criterion: 'benefit', value: 4 });
    expect(run.prompter.said).toContain('(back to step 3)');
  });

  it('works from the metrics question of step 7', async () => {
    const beforeMetrics = FULL.length - CLOSING.length - 5;
    const run = await runScript([
      ...FULL.slice(0, beforeMetrics),
      ticks('<back>', 'which metrics'),
      sel('back', 'Before the shortlist'),
      sel('5', 'How repetitive'),
      sel('no', 'Before the shortlist'),
      ticks(['turnaround']),
      typed('b'),
      ticks(['cost per unit']),
      typed('700'),
      ...CLOSING,
    ]);
    expect(run.interrupted).toBe(false);
    const newsletter = run.result!.inventory.processes[0]!;
    expect(newsletter.answers.repetitiveness).toBe(5);
    expect(newsletter.metrics).toEqual([{ name: 'cost per unit', unit: 'EUR', baseline: 700 }]);
  });
});

describe('step 1: near-duplicates', () => {
  const three: Step[] = [
    sel('type'),
    typed('Newsletter production'),
    sel('none'),
    sel('type'),
    typed('Newsletters (EMEA)'),
    sel('none'),
    sel('type'),
    typed('Newsletter production - APAC'),
    sel('none'),
    sel('done'),
  ];

  it('merges into the kept process; merged_from keeps every id absorbed', async () => {
    const run = await runScript([
      ...three,
      sel('keep-a', '"Newsletter production" and "Newsletters (EMEA)"'),
      sel('keep-a', '"Newsletter production" and "Newsletter production - APAC"'),
    ]);
    const state = run.saves.at(-1)!;
    expect(state.events.slice(-2)).toEqual([
      { type: 'merge', keep: 'newsletter-production', drop: 'newsletters-emea' },
      { type: 'merge', keep: 'newsletter-production', drop: 'newsletter-production-apac' },
    ]);
    expect(questions(run).at(-1)).toContain('Newsletter production: How much does this process give');
  });

  it('keeps the answers of both: the kept one wins, the other fills its gaps; the dropped id is never reused', async () => {
    const base = emptySession({
      listDone: true,
      processes: [
        { id: 'newsletters', name: 'Newsletters', answers: { core_competency: 1, benefit: 5 } },
        {
          id: 'newsletters-emea',
          name: 'Newsletters EMEA',
          function: 'creative production',
          answers: { core_competency: 3, vendor_parity: 5 },
          merged_from: ['emea-mailings'],
        },
      ],
    });
    const run = await runScript([sel('keep-a', '"Newsletters" and "Newsletters EMEA" look like the same process')], base);
    expect(run.saves[0]!.events).toEqual([{ type: 'merge', keep: 'newsletters', drop: 'newsletters-emea' }]);
    const state = replay(run.saves[0]!, method);
    expect(state.processes).toHaveLength(1);
    expect(state.processes[0]).toMatchObject({
      answers: { core_competency: 1, benefit: 5, vendor_parity: 5 },
      function: 'creative production',
      merged_from: ['newsletters-emea', 'emea-mailings'],
    });
    expect(idFor('Newsletters EMEA', takenIds(state))).toBe('newsletters-emea-2');
    // Step 3 is answered in full by the merge, so step 4 comes next.
    expect(questions(run)[1]).toBe('select: Newsletters: Does it need an authorisation or licence that must stay with the organisation?');
  });

  it('does not ask again about a pair kept apart', async () => {
    const run = await runScript([
      ...three.slice(0, -1),
      sel('type'),
      typed('Pitch support'),
      sel('none'),
      sel('done'),
      sel('separate'),
      sel('separate'),
      sel('separate'),
    ]);
    const merges = questions(run).filter((q) => q.includes('look like the same process'));
    expect(merges).toEqual([
      'select: Step 1: "Newsletter production" and "Newsletters (EMEA)" look like the same process (77% alike). Merge them?',
      'select: Step 1: "Newsletter production" and "Newsletter production - APAC" look like the same process (95% alike). Merge them?',
      'select: Step 1: "Newsletters (EMEA)" and "Newsletter production - APAC" look like the same process (73% alike). Merge them?',
    ]);
    expect(questions(run).at(-1)).toContain('Newsletter production: How much does this process give');
  });

  it('can keep the second name instead', async () => {
    const run = await runScript([...three.slice(0, 6), sel('done'), sel('keep-b')]);
    expect(run.saves.at(-1)!.events.at(-1)).toEqual({ type: 'merge', keep: 'newsletters-emea', drop: 'newsletter-production' });
  });
});

describe('resume', () => {
  it('stopped after any answer and resumed from the saved session, ends exactly as an uninterrupted interview', async () => {
    const whole = await runScript(FULL);
    const expected = whole.result!.inventory;
    for (let stop = 0; stop <= FULL.length; stop++) {
      const first = await runScript(FULL.slice(0, stop));
      const saved = first.saves.at(-1) ?? emptySession();
      const used = first.usedAtSave.at(-1) ?? 0;
      const second = await runScript(FULL.slice(used), structuredClone(saved));
      expect(second.interrupted, `stopped at step ${stop}`).toBe(false);
      expect(second.prompter.remaining, `stopped at step ${stop}`).toBe(0);
      expect(second.result!.inventory, `stopped at step ${stop}`).toEqual(expected);
    }
  });

  it('saves after every answer, before the next question', async () => {
    const run = await runScript(FULL);
    // One save per answer; compound questions (menu, then name) save once.
    expect(run.saves.map((s) => s.events.length)).toEqual(run.saves.map((_, i) => i + 1));
    expect(run.usedAtSave.at(-1)).toBe(FULL.length);
  });

  it('shows on resume what the saved answers already decided', async () => {
    const first = await runScript(FULL.slice(0, LISTING.length + 12));
    const second = await runScript([], structuredClone(first.saves.at(-1)!));
    expect(second.interrupted).toBe(true);
    const said = second.prompter.said.join('\n');
    expect(said).toContain('1 of 4 crossed out at step 3 (keep):');
    expect(said).toContain('Step 4 of 7');
    expect(questions(second)).toEqual(['select: Newsletter production: Is this process how the organisation assures fulfilment or compliance?']);
  });

  it('ignores saved answers the current rules no longer accept', async () => {
    const session = emptySession({ listDone: true, processes: [{ id: 'seo', name: 'SEO', answers: { core_competency: 1, vendor_parity: 9 } }] });
    session.events.push({ type: 'answer', process: 'seo', criterion: 'gone_criterion', value: 3 });
    session.events.push({ type: 'answer', process: 'nobody', criterion: 'benefit', value: 3 });
    const run = await runScript([sel('4', 'SEO: How well could an outside party')], session);
    expect(run.interrupted).toBe(true);
    expect(questions(run)).toHaveLength(2);
  });
});

describe('pre-filled answers', () => {
  it('asks only what is missing', async () => {
    const session = emptySession({
      listDone: true,
      processes: [
        {
          id: 'seo',
          name: 'SEO',
          function: 'digital marketing',
          // Repetitiveness left unanswered.
          answers: passingAnswers({ core_competency: 1, repetitiveness: undefined }),
          metrics: [{ name: 'pages optimised', unit: 'count' }],
        },
      ],
    });
    const run = await runScript(
      [
        sel('4', 'SEO: How repetitive'),
        typed('40', 'SEO: baseline of "pages optimised" today, in count'),
        typed('', 'SEO: how many hours'),
        ...[1, 2, 3, 4].map(() => sel('dont-know')),
        typed('Northlight', "organisation's name"),
      ],
      session,
    );
    expect(run.interrupted).toBe(false);
    // The repetitiveness and the baseline, then step 7's volume and right-shoring, then the organisation.
    expect(questions(run)).toHaveLength(8);
    expect(run.result!.inventory.organisation).toBe('Northlight');
    expect(run.result!.inventory.processes[0]!.metrics).toEqual([{ name: 'pages optimised', unit: 'count', baseline: 40 }]);
  });

  it('asks the direction of a metric the catalogue does not know, and writes it', async () => {
    const withCatalogue = { ...method, metricDirections: catalogueDirections() };
    const session = emptySession({
      listDone: true,
      processes: [
        {
          id: 'seo',
          name: 'SEO',
          function: 'digital marketing',
          answers: passingAnswers({ core_competency: 1 }),
          metrics: [
            { name: 'pages optimised', unit: 'count', baseline: 40 },
            { name: 'turnaround', unit: 'hours', baseline: 8 },
          ],
        },
      ],
    });
    const run = await runScript(
      [
        sel('higher', 'SEO: is a lower or a higher "pages optimised" (count) better?'),
        typed('', 'SEO: how many hours'),
        ...[1, 2, 3, 4].map(() => sel('dont-know')),
        typed('Northlight', "organisation's name"),
      ],
      session,
      withCatalogue,
    );
    expect(run.interrupted).toBe(false);
    // The direction, then step 7's volume and right-shoring, then the organisation.
    expect(questions(run)).toHaveLength(7);
    expect(run.result!.inventory.processes[0]!.metrics).toEqual([
      { name: 'pages optimised', unit: 'count', baseline: 40, better: 'higher' },
      { name: 'turnaround', unit: 'hours', baseline: 8 },
    ]);
  });
});
