/** `outsource weights`, run in-process: the interview (with scripted answers), the file it writes, and its refusals. */
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weights } from '../../src/commands/weights/index.js';
import { BACK, type Question } from '../../src/core/ahp/weights-interview.js';
import { UserError } from '../../src/io/errors.js';
import { fakeIo } from '../helpers/cli.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';

const step6 = defaultMethod().priority.map((p) => p.criterion);
const tempDir = () => mkdtempSync(join(tmpdir(), 'outsource-weights-'));
const pairOf = (q: Question): string[] | undefined => q.pair;

describe('the interview', () => {
  it('asks every pair of step-6 criteria once and writes an extends-default rules file', async () => {
    const dir = tempDir();
    const asked: string[][] = [];
    const io = fakeIo({ cwd: dir });
    // "benefit" matters 3 times as much as anything else; every other pair is equal.
    const code = await weights({ format: 'json' }, io, {
      ask: (q) => {
        const [a, b] = pairOf(q)!;
        asked.push([a!, b!]);
        return Promise.resolve(a === 'benefit' ? 3 : b === 'benefit' ? 1 / 3 : 1);
      },
    });
    expect(code).toBe(0);
    expect(asked).toHaveLength((step6.length * (step6.length - 1)) / 2);
    expect(new Set(asked.map((p) => p.join(' '))).size).toBe(asked.length);
    const json = JSON.parse(io.out.join(''));
    expect(json.consistency_ratio).toBe(0);
    expect(json.weights.benefit).toBeCloseTo(3 / 9, 6);
    expect(json.weights.risk).toBeCloseTo(1 / 9, 6);
    expect(json.written).toBe('weights.yaml');
    const text = readFileSync(join(dir, 'weights.yaml'), 'utf8');
    expect(text).toContain('extends: default');
    const method = methodFrom(text, 'weights.yaml');
    const weightOf = (id: string) => method.priority.find((p) => p.criterion === id)!.weight;
    expect(weightOf('benefit') / weightOf('risk')).toBeCloseTo(3, 2);
  });

  it('a skipped pair is estimated (Harker) and reported as estimated', async () => {
    const dir = tempDir();
    const io = fakeIo({ cwd: dir });
    const code = await weights({ format: 'json', out: 'w.yaml' }, io, {
      ask: (q) => {
        const [a, b] = pairOf(q)!;
        return Promise.resolve(a === 'core_competency' && b === 'benefit' ? null : 1);
      },
    });
    expect(code).toBe(0);
    const json = JSON.parse(io.out.join(''));
    expect(json.estimated).toEqual([{ pair: ['core_competency', 'benefit'], value: 1 }]);
    expect(readFileSync(join(dir, 'w.yaml'), 'utf8')).toContain('#   core_competency vs benefit: about 1 (not compared; estimated)');
  });

  it('skipping every pair of a criterion is not allowed: one of them is asked again, without "skip"', async () => {
    const dir = tempDir();
    const io = fakeIo({ cwd: dir });
    const again: Question[] = [];
    let round = 0;
    const code = await weights({ format: 'json' }, io, {
      ask: (q) => {
        round++;
        const pair = pairOf(q)!;
        if (round > 21) {
          again.push(q);
          return Promise.resolve(2);
        }
        return Promise.resolve(pair.includes('repetitiveness') ? null : 1);
      },
    });
    expect(code).toBe(0);
    expect(again).toHaveLength(1);
    expect(again[0]!.choices.some((c) => c.value === null)).toBe(false);
    expect(io.err.join('')).toContain('repetitiveness is not compared with anything yet');
    expect(JSON.parse(io.out.join('')).estimated).toHaveLength(5);
  });

  it('Ctrl-C ends it with exit 130 and writes nothing', async () => {
    const dir = tempDir();
    const io = fakeIo({ cwd: dir });
    const interrupted = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const code = await weights({ format: 'table' }, io, { ask: () => Promise.reject(interrupted) });
    expect(code).toBe(130);
    expect(io.err.join('')).toContain('interrupted; nothing was written');
    expect(existsSync(join(dir, 'weights.yaml'))).toBe(false);
  });

  it('asks by name, not by id, and Back returns to the previous pair', async () => {
    const dir = tempDir();
    const messages: string[] = [];
    let wentBack = false;
    const code = await weights({ format: 'json' }, fakeIo({ cwd: dir }), {
      ask: (q) => {
        messages.push(q.message);
        if (messages.length === 2) expect(q.canGoBack).toBe(true);
        if (messages.length === 2 && !wentBack) {
          wentBack = true;
          return Promise.resolve(BACK);
        }
        return Promise.resolve(1);
      },
    });
    expect(code).toBe(0);
    expect(messages[0]).not.toMatch(/_/);
    expect(messages[2]).toBe(messages[0]);
    expect(messages).toHaveLength((step6.length * (step6.length - 1)) / 2 + 2);
  });

  it('Ctrl-C keeps the answers given, and the next run asks only the rest', async () => {
    const dir = tempDir();
    const interrupted = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    let asked = 0;
    const io = fakeIo({ cwd: dir });
    const first = await weights({ format: 'table' }, io, { ask: () => (++asked > 3 ? Promise.reject(interrupted) : Promise.resolve(1)) });
    expect(first).toBe(130);
    expect(io.err.join('')).toContain('your 3 answers are saved');
    expect(existsSync(join(dir, '.outsource-weights-session.json'))).toBe(true);
    let again = 0;
    expect(await weights({ format: 'json' }, fakeIo({ cwd: dir }), { ask: () => (again++, Promise.resolve(1)) })).toBe(0);
    expect(again).toBe((step6.length * (step6.length - 1)) / 2 - 3);
    expect(existsSync(join(dir, '.outsource-weights-session.json'))).toBe(false);
  });

  it('refuses to overwrite weights.yaml without --force, before asking anything', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'weights.yaml'), 'keep me\n');
    let asked = 0;
    await expect(
      weights({ format: 'table' }, fakeIo({ cwd: dir }), {
        ask: () => {
          asked++;
          return Promise.resolve(1);
        },
      }),
    ).rejects.toThrow(UserError);
    expect(asked).toBe(0);
    expect(readFileSync(join(dir, 'weights.yaml'), 'utf8')).toBe('keep me\n');
    const io = fakeIo({ cwd: dir });
    expect(await weights({ format: 'table', force: true }, io, { ask: () => Promise.resolve(1) })).toBe(0);
    expect(readFileSync(join(dir, 'weights.yaml'), 'utf8')).toContain('extends: default');
  });

  it('without a terminal on stdin it says to use --matrix', async () => {
    await expect(weights({ format: 'table' }, fakeIo({ input: '' }))).rejects.toThrow(/--matrix FILE/);
  });
});

describe('--matrix', () => {
  it('a CR above 0.1 is a warning that names the comparison to revisit', async () => {
    const io = fakeIo();
    const code = await weights({ format: 'table', matrix: 'test/fixtures/decision/weights-inconsistent.yaml' }, io);
    expect(code).toBe(0);
    const out = io.out.join('');
    expect(out).toContain('CR 2.116 (above 0.1: revisit the comparisons)');
    expect(out).toContain('Warning: consistency ratio 2.116 is above 0.1; revisit benefit vs risk (you said 5, the other comparisons imply about 1.19)');
  });

  it('writing a rules file needs every step-6 criterion compared', async () => {
    const dir = tempDir();
    await expect(
      weights({ format: 'json', matrix: join(process.cwd(), 'test/fixtures/decision/weights-issue.yaml'), out: 'x.yaml' }, fakeIo({ cwd: dir })),
    ).rejects.toThrow(/compare every step-6 criterion; missing: core_competency, domain_expertise, tech_complexity, repetitiveness/);
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});
