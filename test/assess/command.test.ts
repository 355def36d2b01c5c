/** The `assess` command in-process: session file, resume, never overwriting, starting points, no terminal. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess, type AssessOptions } from '../../src/commands/assess/index.js';
import { sessionShape } from '../../src/core/interview/session.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { UserError } from '../../src/io/errors.js';
import { fakeIo, runBin, runInProcess } from '../helpers/cli.js';
import { defaultMethod } from '../helpers/method.js';
import { fixture } from '../helpers/paths.js';
import { ScriptedPrompter, sel, ticks, typed, DEFAULT, type Step } from './scripted.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outsource-assess-cmd-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SESSION = () => join(dir, '.outsource-session.json');

/** One process through every step: outsourced, with one metric. */
const ONE_PROCESS: Step[] = [
  sel('type'),
  typed('Banner resizing'),
  sel('f:creative production'),
  sel('done'),
  ...['1', '5', '4', 'false', '1', 'false', '1', 'false', 'false', '2', '2', 'false', '3', '2', '5'].map((v) => sel(v)),
  ticks(['turnaround']),
  typed('16'),
  // step 7 for the shortlisted process: volume, then the four right-shoring questions; then the organisation
  typed('120', 'how many hours of work a month'),
  sel('steady', 'how does the work arrive'),
  ...['dont-know', 'dont-know', 'dont-know', 'dont-know'].map((v) => sel(v)),
  typed('', "The organisation's name"),
];

async function runAssess(script: Step[], options: AssessOptions = {}, onAsk?: ConstructorParameters<typeof ScriptedPrompter>[1]) {
  const io = fakeIo({ cwd: dir });
  const prompter = new ScriptedPrompter(script, onAsk);
  const code = await assess(options, io, { prompter: () => prompter, now: () => '2030-05-06T07:08:09.000Z' });
  return { code, prompter, stdout: io.out.join(''), stderr: io.err.join('') };
}

const inventoryIn = (name: string) => {
  const loaded = loadInventory(readFileSync(join(dir, name), 'utf8'), name, defaultMethod());
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

describe('without a terminal', () => {
  it('exits 2 with one line that points to `outsource score`', async () => {
    const result = await runInProcess(['assess'], { input: '', cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'outsource: assess is an interview and needs a terminal (stdin is not one); to score an inventory file without questions, run: outsource score FILE\n',
    );
  });

  it('does so from the built binary with stdin piped, writing nothing', async () => {
    const result = await runBin(['assess'], { cwd: dir, input: 'y\n' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('outsource score');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a finished interview', () => {
  it('saves every answer as it is given, then writes the inventory and removes the session', async () => {
    const eventsSeen: number[] = [];
    const { code, stdout, prompter } = await runAssess(ONE_PROCESS, {}, () => {
      eventsSeen.push(existsSync(SESSION()) ? sessionShape.parse(JSON.parse(readFileSync(SESSION(), 'utf8'))).events.length : 0);
    });
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    // Before each question, every earlier answer is on disk (the menu and the name it leads to make one answer,
    // as do the hours and the pattern of the volume).
    expect(eventsSeen).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 22, 23, 24, 25]);
    expect(existsSync(SESSION())).toBe(false);
    expect(stdout).toContain('Wrote inventory.yaml: 1 process, 1 on the shortlist.\nScore it again:  outsource score inventory.yaml\n');
    const inventory = inventoryIn('inventory.yaml');
    expect(inventory.processes[0]).toMatchObject({
      id: 'banner-resizing',
      function: 'creative production',
      metrics: [{ name: 'turnaround', unit: 'hours', baseline: 16 }],
    });
    expect(readFileSync(join(dir, 'inventory.yaml'), 'utf8')).toMatch(/^# Process inventory written by `outsource assess` on 2030-05-06\./);
    expect(readdirSync(dir)).toEqual(['inventory.yaml']);
  });

  it('never overwrites an existing inventory without asking: "no" leads to another name', async () => {
    writeFileSync(join(dir, 'inventory.yaml'), 'precious: true\n');
    const { code, stdout } = await runAssess([
      ...ONE_PROCESS,
      { kind: 'confirm', expect: 'inventory.yaml already exists. Overwrite it?', answer: false },
      typed(DEFAULT, 'Save the inventory as'),
    ]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'inventory.yaml'), 'utf8')).toBe('precious: true\n');
    expect(inventoryIn('inventory-2.yaml').processes).toHaveLength(1);
    expect(stdout).toContain('Wrote inventory-2.yaml');
  });

  it('overwrites when the user says yes, or with --force without asking', async () => {
    writeFileSync(join(dir, 'inventory.yaml'), 'precious: true\n');
    const asked = await runAssess([...ONE_PROCESS, { kind: 'confirm', answer: true }]);
    expect(asked.code).toBe(0);
    expect(inventoryIn('inventory.yaml').processes).toHaveLength(1);

    writeFileSync(join(dir, 'inventory.yaml'), 'precious: true\n');
    const forced = await runAssess(ONE_PROCESS, { force: true });
    expect(forced.code).toBe(0);
    expect(forced.prompter.asked.some((q) => q.kind === 'confirm')).toBe(false);
    expect(inventoryIn('inventory.yaml').processes).toHaveLength(1);
  });

  it('writes JSON when --out says so, with the session beside it', async () => {
    const seen: boolean[] = [];
    const { code } = await runAssess(ONE_PROCESS, { out: 'plans/out.json' }, () => seen.push(existsSync(join(dir, 'plans', '.outsource-session.json'))));
    expect(code).toBe(0);
    expect(seen.at(-1)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'plans', 'out.json'), 'utf8'))).toMatchObject({ processes: [{ id: 'banner-resizing' }] });
  });
});

describe('stopping and resuming', () => {
  it('Ctrl-C exits 130 saying where the answers are and how to resume; resuming ends as if never stopped', async () => {
    const stopped = await runAssess(ONE_PROCESS.slice(0, 9), { out: 'plan.yaml' });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toBe(
      '\noutsource: interrupted; your answers are saved in .outsource-session.json. Run `outsource assess --out plan.yaml` to resume.\n',
    );
    expect(sessionShape.parse(JSON.parse(readFileSync(SESSION(), 'utf8'))).events).toHaveLength(8);

    const resumed = await runAssess(
      [sel('resume', 'An unfinished interview is saved in .outsource-session.json (8 answers, last 2030-05-06 07:08). Resume it?'), ...ONE_PROCESS.slice(9)],
      { out: 'plan.yaml' },
    );
    expect(resumed.code).toBe(0);
    expect(resumed.prompter.remaining).toBe(0);

    await runAssess(ONE_PROCESS, { out: 'again.yaml' });
    expect(inventoryIn('plan.yaml')).toEqual(inventoryIn('again.yaml'));
  });

  it('remembers --out: resuming without it writes where the interview was going to', async () => {
    await runAssess(ONE_PROCESS.slice(0, 5), { out: 'plan.yaml' });
    const resumed = await runAssess([sel('resume'), ...ONE_PROCESS.slice(5)]);
    expect(resumed.code).toBe(0);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'inventory.yaml'))).toBe(false);
  });

  it('says so when nothing was answered yet', async () => {
    const { code, stderr } = await runAssess([]);
    expect(code).toBe(130);
    expect(stderr).toContain('nothing was answered yet, so nothing was saved. Run `outsource assess` to start again.');
    expect(existsSync(SESSION())).toBe(false);
  });

  it('can quit at the resume question (keeping the answers) or start over (deleting them)', async () => {
    await runAssess(ONE_PROCESS.slice(0, 5));
    const before = readFileSync(SESSION(), 'utf8');
    expect((await runAssess([sel('quit')])).code).toBe(0);
    expect(readFileSync(SESSION(), 'utf8')).toBe(before);

    const fresh = await runAssess([sel('restart')]);
    expect(fresh.code).toBe(130);
    expect(existsSync(SESSION())).toBe(false);
    expect(fresh.prompter.asked[1]!.message).toBe('Step 2: list the first process you might outsource');
  });

  it('offers to start over when the session file cannot be read, keeping it aside', async () => {
    writeFileSync(SESSION(), '{ "kind": "outsource-assess-session", "version": 1, "events": [');
    const run = await runAssess([sel('restart', '.outsource-session.json cannot be read (it is not valid JSON). Start a new interview?'), ...ONE_PROCESS]);
    expect(run.code).toBe(0);
    expect(readFileSync(`${SESSION()}.broken`, 'utf8')).toContain('"events": [');
  });

  it('removes the temporary files of saves a killed interview left behind, and only those', async () => {
    // writeFileAtomic's temporary names: "." + file name + "." + pid + "." + time + ".tmp".
    const dead = join(dir, '..outsource-session.json.999999999.1.tmp');
    const alive = join(dir, `..outsource-session.json.${process.ppid}.1.tmp`);
    writeFileSync(dead, '{');
    writeFileSync(alive, '{');
    await runAssess([]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });
});

describe('starting points', () => {
  it('--inventory continues an inventory: its processes are listed and more can be added', async () => {
    const run = await runAssess(
      [
        sel('type', 'Step 2: 3 processes listed. Add another, or go on?'),
        typed('Photo retouching'),
        sel('f:creative production'),
        sel('done', '4 processes listed'),
      ],
      { inventory: fixture('assess', 'partial.yaml') },
    );
    expect(run.code).toBe(130);
    expect(run.prompter.said.join('\n')).toContain('Loaded 3 processes from');
    // Ad adaptations has core_competency already: its first question is the next criterion.
    expect(run.prompter.asked.at(-1)!.message).toBe('Ad adaptations: How well could an outside party perform it, compared with your own team?');
  });

  it('--answers alone takes its process list as given and asks only what is missing', async () => {
    const run = await runAssess([], { answers: fixture('assess', 'partial.yaml') });
    expect(run.prompter.asked[0]!.message).toBe('Ad adaptations: How well could an outside party perform it, compared with your own team?');
  });

  it('--answers fills the gaps of --inventory without changing what it says', async () => {
    writeFileSync(
      join(dir, 'answers.yaml'),
      'processes:\n  - { id: ad-adaptations, name: Ads, answers: { core_competency: 5, vendor_parity: 5 } }\n  - { id: photo-retouching, name: Photo retouching }\n',
    );
    const run = await runAssess([sel('done', 'Step 2: 4 processes listed'), sel('3', 'Ad adaptations: How much would outsourcing it gain')], {
      inventory: fixture('assess', 'partial.yaml'),
      answers: 'answers.yaml',
    });
    expect(run.code).toBe(130);
    const session = sessionShape.parse(JSON.parse(readFileSync(SESSION(), 'utf8')));
    expect(session.base.processes[0]).toMatchObject({ id: 'ad-adaptations', name: 'Ad adaptations', answers: { core_competency: 1, vendor_parity: 5 } });
    expect(session.base.processes.map((p) => p.id)).toEqual(['ad-adaptations', 'seo', 'client-reporting', 'photo-retouching']);
  });

  it('--rules is remembered by the session', async () => {
    writeFileSync(join(dir, 'rules.yaml'), 'extends: default\ncriteria:\n  vendor_parity: { question: Could a vendor match you? }\n');
    await runAssess([sel('type'), typed('SEO'), sel('none'), sel('done'), sel('1')], { rules: 'rules.yaml' });
    const resumed = await runAssess([sel('resume')]);
    expect(resumed.prompter.asked.at(-1)!.message).toBe('SEO: Could a vendor match you?');
  });

  it('refuses an --out it cannot write the inventory to, before asking anything', async () => {
    await expect(runAssess([], { out: 'inventory.csv' })).rejects.toThrow(UserError);
    const result = await runInProcess(['assess', '--out', 'inventory.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('inventory.csv: the inventory is written as YAML or JSON');
  });

  it('reports an unreadable --inventory as a user error with its position', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'processes:\n  - id: Bad Id\n    name: x\n');
    await expect(runAssess([], { inventory: 'bad.yaml' })).rejects.toThrow(/must be lowercase/);
  });
});
