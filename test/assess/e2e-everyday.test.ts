/** In a real pseudo-terminal: a "don't know" at step 3 is offered again before the shortlist, and then the process goes on. */
import { describe, expect, it } from 'vitest';
import { binPath } from '../helpers/paths.js';
import { terminalSuite } from './tmux.js';

const ENV = { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
const terminal = terminalSuite();

describe.skipIf(!terminal.available)('assess in a terminal: everyday paths', () => {
  it("revisits a don't-know of step 3 before the shortlist; y/n questions preselect neither", async () => {
    const { tmux: t, dir } = terminal.open();
    t.start(`node ${binPath} assess`, dir, ENV);
    await t.answer('Step 2: list the first process', 't', 'Enter');
    await t.answer('Name of the process', { text: 'Ad adaptations' }, 'Enter');
    await t.answer('Which function does "Ad adaptations"', { text: 'cr' }, 'Enter');
    await t.answer('1 process listed', 'd', 'Enter');
    await t.answer('Ad adaptations: How much does this process give', '1', 'Enter');
    await t.answer('Ad adaptations: How well could an outside party', '?', 'Enter');
    await t.answer('Ad adaptations: How much would outsourcing it gain', '5', 'Enter');
    const revisit = await t.waitForQuestion('Before the shortlist: answer them now?');
    expect(t.history()).toMatch(/"Don't know" was the answer once;[^?]*\n {2}Ad adaptations: vendor parity\n/);
    expect(revisit).toContain('❯ Yes: ask them again');
    await t.answer('Before the shortlist: answer them now?', 'y', 'Enter');
    await t.answer('Ad adaptations: How well could an outside party', '5', 'Enter');
    // The process goes on to step 4; its yes/no question has no answer preselected.
    const flag = await t.waitForQuestion('Ad adaptations: Does it need an authorisation');
    expect(flag).toMatch(/❯ +\(no answer yet: press y or n/);
    expect(flag).not.toMatch(/❯ Yes/);
    t.keys('C-c');
    expect(await t.waitForExit()).toBe(130);
  });
});
