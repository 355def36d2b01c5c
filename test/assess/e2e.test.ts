/**
 * `outsource assess` in a real pseudo-terminal (tmux, 80 columns, NO_COLOR):
 * a whole interview typed key by key, then an interview stopped with Ctrl-C,
 * SIGINT and SIGKILL and resumed to the same result.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/core/inventory/load.js';
import { sessionShape } from '../../src/core/interview/session.js';
import { runInProcess } from '../helpers/cli.js';
import { defaultMethod } from '../helpers/method.js';
import { binPath, fixture } from '../helpers/paths.js';
import { terminalSuite } from './tmux.js';

const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);
const ENV = { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
const assessCommand = (args = '') => `node ${binPath} assess ${args}`.trim();
const terminal = terminalSuite();

/** The shortlist table as printed: from its heading to the blank line after it. */
function shortlistSection(text: string): string {
  const start = text.indexOf('Shortlist - step 6');
  expect(start).toBeGreaterThan(-1);
  const end = text.indexOf('\n\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}

const readInventory = (path: string) => {
  const loaded = loadInventory(readFileSync(path, 'utf8'), path, defaultMethod());
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

describe.skipIf(!terminal.available)('assess in a terminal', () => {
  it('takes a whole interview of four processes, merges two, and writes an inventory that `score` ranks the same', async () => {
    const { tmux: t, dir } = terminal.open();
    t.start(assessCommand(), dir, ENV);

    // Steps 1-2: type three processes, pick one suggestion.
    await t.answer('Step 2: list the first process', 't', 'Enter');
    await t.answer('Name of the process', { text: 'Newsletter production' }, 'Enter');
    await t.answer('Which function does "Newsletter production"', 'c', 'Enter');
    await t.answer('1 process listed', 't', 'Enter');
    await t.answer('Name of the process', { text: 'newsletters – EMEA' }, 'Enter');
    await t.answer('Which function does "newsletters – EMEA"', { text: 'no' }, 'Enter');
    await t.answer('2 processes listed', 't', 'Enter');
    await t.answer('Name of the process', { text: 'Pitch support' }, 'Enter');
    await t.answer('Which function does "Pitch support"', { text: 'ne' }, 'Enter');
    await t.answer('3 processes listed', 'p', 'Enter');
    const suggestions = await t.waitForQuestion('Which of these do you do too?');
    // Already listed (or near-identical) suggestions are not offered again.
    expect(suggestions).not.toContain('Newsletter production (');
    expect(suggestions).toContain('Ad adaptations (creative production)');
    await t.answer('Which of these do you do too?', 'Space', 'Enter');
    await t.answer('4 processes listed', 'd', 'Enter');

    // Step 1: the near-duplicate newsletters are merged.
    const merge = await t.waitForQuestion('look like the same process');
    expect(merge).toContain('"Newsletter production" and "newsletters – EMEA"');
    await t.answer('look like the same process', 'm', 'Enter');

    // Step 3. A low vendor parity would cross the newsletters out at once (no benefit question);
    // going back from the next question changes that answer.
    // Nothing is preselected: the cursor starts on a line that is no answer, and Enter there asks again.
    expect(await t.waitForQuestion('Newsletter production: How much does this process give')).toMatch(/❯ +\(no answer yet: press a digit/);
    await t.answer('Newsletter production: How much does this process give', 'Enter');
    expect(t.history().replace(/\n +/g, ' ')).toMatch(/✔ Newsletter production: How much does this process give[^✔]*? no answer yet\n/);
    await t.answer('Newsletter production: How much does this process give', '1', 'Enter');
    await t.answer('Newsletter production: How well could an outside party', '2', 'Enter');
    await t.answer('Pitch support: How much does this process give', '<', 'Enter');
    expect(await t.waitForQuestion('Newsletter production: How well could an outside party')).toContain('❯ 2 = low');
    await t.answer('Newsletter production: How well could an outside party', '5', 'Enter');
    await t.answer('Newsletter production: How much would outsourcing it gain', '5', 'Enter');
    await t.answer('Pitch support: How much does this process give', '5', 'Enter');
    await t.answer('Ad adaptations: How much does this process give', '1', 'Enter');
    await t.answer('Ad adaptations: How well could an outside party', '4', 'Enter');
    await t.answer('Ad adaptations: How much would outsourcing it gain', '4', 'Enter');

    // Step 4: Pitch support is crossed out and not asked again.
    await t.waitForQuestion('Newsletter production: Does it need an authorisation');
    const afterStep3 = t.history();
    expect(afterStep3).toContain('1 of 3 crossed out at step 3 (keep):');
    expect(afterStep3).toContain('- Pitch support: it gives the organisation its competitive advantage');
    expect(afterStep3).toContain('2 of 3 go on to step 4.');
    for (const name of ['Newsletter production', 'Ad adaptations']) {
      await t.answer(`${name}: Does it need an authorisation`, 'n', 'Enter');
      await t.answer(`${name}: How strongly do internal politics`, '1', 'Enter');
      await t.answer(`${name}: Is this process how the organisation assures`, 'n', 'Enter');
      await t.answer(`${name}: How much must your OWN people be in the room`, '1', 'Enter');
    }
    // Step 5.
    for (const [name, risk] of [
      ['Newsletter production', '2'],
      ['Ad adaptations', '1'],
    ] as const) {
      await t.answer(`${name}: Is the process still being built`, 'n', 'Enter');
      await t.answer(`${name}: Is its roadmap still undecided`, 'n', 'Enter');
      await t.answer(`${name}: How much would be in jeopardy`, risk, 'Enter');
      await t.answer(`${name}: How much specific technical`, '2', 'Enter');
      await t.answer(`${name}: Do contractual duties`, 'n', 'Enter');
    }
    // Step 6, with one "don't know".
    await t.answer('Newsletter production: How serious are the consequences', '3', 'Enter');
    await t.answer('Newsletter production: How complicated is the technology', '2', 'Enter');
    await t.answer('Newsletter production: How repetitive', '4', 'Enter');
    await t.answer('Ad adaptations: How serious are the consequences', '4', 'Enter');
    await t.answer('Ad adaptations: How complicated is the technology', '?', 'Enter');
    await t.answer('Ad adaptations: How repetitive', '5', 'Enter');
    // The "don't know" is offered again before the shortlist; it stays unknown.
    await t.answer('Before the shortlist: answer them now?', 'n', 'Enter');

    // The shortlist, then step 7 for each shortlisted process, best first.
    const q7 = await t.waitForQuestion('which metrics will you track for "Ad adaptations"');
    expect(q7).toContain('turnaround (hours)');
    const shown = t.history();
    expect(shown).toContain('Shortlist - step 6, best first (2)');
    expect(shown.indexOf('0 of 2 crossed out at step 5 (defer).')).toBeLessThan(shown.indexOf('Shortlist - step 6'));
    await t.answer('which metrics will you track for "Ad adaptations"', 'Enter');
    await t.answer('Ad adaptations: baseline of "turnaround"', { text: '24' }, 'Enter');
    await t.answer('Ad adaptations: baseline of "cost per unit"', { text: '85 EUR per ad' }, 'Enter');
    await t.answer('Ad adaptations: baseline of "rework rate"', 'Enter');
    await t.answer('Ad adaptations: baseline of "on-time delivery"', { text: '95' }, 'Enter');
    await t.answer('Ad adaptations: how many hours of work a month?', { text: '160' }, 'Enter');
    await t.answer('Ad adaptations: how does the work arrive?', 's', 'Enter');
    for (let i = 0; i < 4; i++) await t.answer('Ad adaptations: ', '?', 'Enter');
    await t.answer('which metrics will you track for "Newsletter production"', 'Enter');
    await t.answer('Newsletter production: baseline of "turnaround"', { text: '2 days' }, 'Enter');
    await t.answer('Newsletter production: baseline of "cost per unit"', { text: '620' }, 'Enter');
    await t.answer('Newsletter production: baseline of "rework rate"', { text: '7' }, 'Enter');
    await t.answer('Newsletter production: baseline of "on-time delivery"', { text: '91' }, 'Enter');
    await t.answer('Newsletter production: how many hours of work a month?', 'Enter');
    for (let i = 0; i < 4; i++) await t.answer('Newsletter production: ', '?', 'Enter');
    await t.answer("The organisation's name", { text: 'Northlight Creative' }, 'Enter');

    expect(await t.waitForExit()).toBe(0);
    const screen = t.history();
    // ASSESS_RECORD=file keeps the session as typed (the README's recording comes from here).
    if (process.env.ASSESS_RECORD) writeFileSync(process.env.ASSESS_RECORD, screen);
    expect(screen).toContain('Wrote inventory.yaml: 3 processes, 2 on the shortlist.');
    for (const line of t.screen().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // NO_COLOR: not one colour or style sequence on the screen (tmux would show them with -e).
    expect(t.styledScreen()).not.toMatch(SGR);
    expect(existsSync(join(dir, '.outsource-session.json'))).toBe(false);

    const inventory = readInventory(join(dir, 'inventory.yaml'));
    expect(inventory.processes.map((p) => p.id)).toEqual(['newsletter-production', 'pitch-support', 'ad-adaptations']);
    const newsletter = inventory.processes[0]!;
    expect(newsletter.merged_from).toEqual(['newsletters-emea']);
    expect(newsletter.answers).toMatchObject({ core_competency: 1, vendor_parity: 5, benefit: 5, risk: 2, repetitiveness: 4 });
    expect(newsletter.metrics).toEqual([
      { name: 'turnaround', unit: 'days', baseline: 2 },
      { name: 'cost per unit', unit: 'EUR', baseline: 620 },
      { name: 'rework rate', unit: '%', baseline: 7 },
      { name: 'on-time delivery', unit: '%', baseline: 91 },
    ]);
    expect(inventory.processes[1]!.answers).toEqual({ core_competency: 5 });
    const ads = inventory.processes[2]!;
    expect(ads.answers.tech_complexity).toBeUndefined();
    expect(ads.metrics?.[1]).toEqual({ name: 'cost per unit', unit: 'EUR per ad', baseline: 85 });
    expect(ads.metrics?.[2]).toEqual({ name: 'rework rate', unit: '%' });

    // `outsource score` on the written file prints the very same shortlist table.
    const shortlistInInterview = shortlistSection(screen);
    t.start(`node ${binPath} score inventory.yaml`, dir, ENV);
    expect(await t.waitForExit()).toBe(0);
    // Same processes, ranks and scores; the How/where column has since learnt the volume and right-shoring of step 7.
    const rows = (table: string) => [...table.matchAll(/^│ (\d+) +│ ([^│]*?) +│ ([\d.]+) /gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows(shortlistSection(t.history()))).toEqual(rows(shortlistInInterview));
    expect(rows(shortlistInInterview)).toHaveLength(2);
    const json = await runInProcess(['score', join(dir, 'inventory.yaml'), '--format', 'json']);
    const ranked = (JSON.parse(json.stdout) as { processes: { id: string; rank: number | null }[] }).processes
      .filter((p) => p.rank !== null)
      .sort((a, b) => a.rank! - b.rank!);
    expect(ranked.map((p) => p.id)).toEqual(['ad-adaptations', 'newsletter-production']);
  });

  it('stops on Ctrl-C, SIGINT and SIGKILL, and resumes each time to the same result', async () => {
    const { tmux: t, dir } = terminal.open();
    const sessionFile = join(dir, '.outsource-session.json');
    const partial = fixture('assess', 'partial.yaml');
    t.start(assessCommand(`--inventory ${partial} --out result.yaml`), dir, ENV);

    await t.answer('Step 2: 3 processes listed', 'd', 'Enter');
    await t.answer('Ad adaptations: How well could an outside party', '5', 'Enter');
    await t.answer('Ad adaptations: How much would outsourcing it gain', '5', 'Enter');
    await t.answer('SEO for client sites: How much does this process give', '2', 'Enter');
    await t.waitForQuestion('SEO for client sites: How well could an outside party');

    // 1. Ctrl-C in a prompt: exit 130, saying where the answers are and how to resume.
    t.keys('C-c');
    expect(await t.waitForExit()).toBe(130);
    const stopped = t.history();
    expect(stopped).toContain('interrupted; your answers are saved in .outsource-session.json.');
    expect(stopped).toContain('Run `outsource assess --out result.yaml` to resume.');
    expect(sessionShape.parse(JSON.parse(readFileSync(sessionFile, 'utf8'))).events).toHaveLength(4);

    // 2. Resume; the next question is the one that was open.
    t.start(assessCommand('--out result.yaml'), dir, ENV);
    await t.answer('An unfinished interview is saved in .outsource-session.json (4 answers', 'r', 'Enter');
    // A recap of what is already there, before the next question.
    await t.waitForText(/Resuming for Harbour Creative: 3 processes listed:\n {2}- Ad adaptations \(ad-adaptations[^\n]*\): \d+ of \d+ answered/);
    await t.answer('SEO for client sites: How well could an outside party', '4', 'Enter');
    await t.answer('SEO for client sites: How much would outsourcing it gain', '4', 'Enter');
    await t.answer('Monthly client reporting: How much does this process give', '?', 'Enter');
    await t.answer('Monthly client reporting: How well could an outside party', '5', 'Enter');
    await t.answer('Monthly client reporting: How much would outsourcing it gain', '3', 'Enter');
    // Monthly client reporting stays undecided (don't know at step 3), so step 4 asks only the other two.
    await t.waitForText("- Monthly client reporting: don't know core_competency");
    await t.answer('Ad adaptations: Does it need an authorisation', 'n', 'Enter');
    await t.waitForQuestion('Ad adaptations: How strongly do internal politics');

    // 3. A SIGINT signal (not a key): the same clean stop.
    process.kill(t.pid(), 'SIGINT');
    expect(await t.waitForExit()).toBe(130);
    expect(t.history()).toContain('interrupted; your answers are saved in .outsource-session.json.');

    t.start(assessCommand('--out result.yaml'), dir, ENV);
    await t.answer('(10 answers', 'r', 'Enter');
    await t.answer('Ad adaptations: How strongly do internal politics', '1', 'Enter');
    await t.answer('Ad adaptations: Is this process how the organisation assures', 'n', 'Enter');
    await t.answer('Ad adaptations: How much must your OWN people be in the room', '1', 'Enter');
    await t.answer('SEO for client sites: Does it need an authorisation', 'n', 'Enter');
    await t.answer('SEO for client sites: How strongly do internal politics', '4', 'Enter');
    await t.answer('Ad adaptations: Is the process still being built', 'n', 'Enter');
    await t.answer('Ad adaptations: Is its roadmap still undecided', 'n', 'Enter');
    await t.answer('Ad adaptations: How much would be in jeopardy', '1', 'Enter');
    await t.answer('Ad adaptations: How much specific technical', '1', 'Enter');
    await t.answer('Ad adaptations: Do contractual duties', 'n', 'Enter');
    await t.answer('Ad adaptations: How serious are the consequences', '4', 'Enter');
    await t.answer('Ad adaptations: How complicated is the technology', '1', 'Enter');
    await t.answer('Ad adaptations: How repetitive', '5', 'Enter');
    await t.answer('Before the shortlist: answer them now?', 'n', 'Enter');
    await t.answer('which metrics will you track for "Ad adaptations"', 'Enter');
    await t.answer('Ad adaptations: baseline of "turnaround"', { text: '24' }, 'Enter');
    await t.waitForQuestion('Ad adaptations: baseline of "cost per unit"');

    // 4. SIGKILL while an answer is being typed: only that answer is lost, and the file is whole.
    t.text('8');
    await t.waitForQuestion(/cost per unit" today, in EUR\? 8/);
    process.kill(t.pid(), 'SIGKILL');
    await t.waitForExit();
    const afterKill = sessionShape.parse(JSON.parse(readFileSync(sessionFile, 'utf8')));
    expect(afterKill.events.at(-1)).toEqual({ type: 'baseline', process: 'ad-adaptations', metric: 'turnaround', baseline: 24, unit: 'hours' });

    t.start(assessCommand('--out result.yaml'), dir, ENV);
    await t.answer('Resume it?', 'r', 'Enter');
    await t.answer('Ad adaptations: baseline of "cost per unit"', { text: '85' }, 'Enter');
    await t.answer('Ad adaptations: baseline of "rework rate"', { text: '5' }, 'Enter');
    await t.answer('Ad adaptations: baseline of "on-time delivery"', { text: '97' }, 'Enter');
    await t.answer('Ad adaptations: how many hours of work a month?', 'Enter');
    for (let i = 0; i < 4; i++) await t.answer('Ad adaptations: ', '?', 'Enter');
    expect(await t.waitForExit()).toBe(0);
    expect(t.history()).toContain('Wrote result.yaml: 3 processes, 1 on the shortlist.');

    const result = readInventory(join(dir, 'result.yaml'));
    const expected = readInventory(fixture('assess', 'resumed-expected.yaml'));
    expect(result).toEqual(expected);
    expect(existsSync(sessionFile)).toBe(false);
  });
});
