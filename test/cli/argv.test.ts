/**
 * argv -> typed options, through buildProgram's action seam: each command
 * module is replaced by a spy, so these tests check parsing alone (defaults,
 * choices, repeated arguments) without running a command.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { SCORE_OUTPUTS } from '../../src/reporters/score/formats.js';
import { CHECK_FORMATS } from '../../src/reporters/check/formats.js';
import { fakeIo } from '../helpers/cli.js';

const spies = vi.hoisted(() => ({
  score: vi.fn(() => Promise.resolve(0)),
  check: vi.fn(() => Promise.resolve(0)),
  rules: vi.fn(() => Promise.resolve(0)),
  rulesTest: vi.fn(() => Promise.resolve(0)),
  weights: vi.fn(() => Promise.resolve(0)),
  diff: vi.fn(() => Promise.resolve(0)),
  report: vi.fn(() => Promise.resolve(0)),
}));
vi.mock('../../src/commands/score/index.js', () => ({ score: spies.score }));
vi.mock('../../src/commands/check/index.js', () => ({ check: spies.check }));
vi.mock('../../src/commands/rules/index.js', () => ({ rules: spies.rules }));
vi.mock('../../src/commands/rules/test.js', () => ({ rulesTest: spies.rulesTest }));
vi.mock('../../src/commands/weights/index.js', () => ({ weights: spies.weights }));
vi.mock('../../src/commands/diff/index.js', () => ({ diff: spies.diff }));
vi.mock('../../src/commands/report/index.js', () => ({ report: spies.report }));

/** Parses argv and runs the action it chose; returns what the command function was called with. */
async function optionsFor(argv: string[], spy: (typeof spies)[keyof typeof spies]): Promise<unknown> {
  spy.mockClear();
  const io = fakeIo();
  let action: ((io: ReturnType<typeof fakeIo>) => Promise<number>) | undefined;
  await buildProgram(io, (a) => (action = a)).parseAsync(argv, { from: 'user' });
  expect(action, argv.join(' ')).toBeDefined();
  await action!(io);
  expect(spy).toHaveBeenCalledTimes(1);
  return (spy.mock.calls[0] as unknown[])[0];
}

beforeEach(() => {
  for (const spy of Object.values(spies)) spy.mockClear();
});

describe('argv -> options', () => {
  it('score: the file, the default format and the flags', async () => {
    // No --format: the command picks the default (the configuration's, or table).
    expect(await optionsFor(['score', 'inv.yaml'], spies.score)).toEqual({ file: 'inv.yaml' });
    expect(await optionsFor(['score', 'inv.csv', '-f', 'csv', '--rules', 'r.yaml', '--explain', 'seo', '--sensitivity', '--seed', '7'], spies.score)).toEqual({
      file: 'inv.csv',
      format: ['csv'],
      rules: 'r.yaml',
      explain: 'seo',
      sensitivity: true,
      seed: '7',
    });
  });

  it('score offers exactly its format list', async () => {
    for (const format of SCORE_OUTPUTS) expect(await optionsFor(['score', 'x', '--format', format], spies.score)).toMatchObject({ format: [format] });
    await expect(buildProgram(fakeIo(), () => undefined).parseAsync(['score', 'x', '--format', 'pdf'], { from: 'user' })).rejects.toThrow(
      /Allowed choices are table, json, csv, markdown, xlsx/,
    );
    // Repeated, each -f pairs with the -o of the same place.
    expect(await optionsFor(['score', 'x', '-f', 'json', '-o', 'a.json', '-f', 'table'], spies.score)).toMatchObject({
      format: ['json', 'table'],
      output: ['a.json'],
    });
  });

  it('check: several roadmaps, each format of its list, --fail-on', async () => {
    // No --format or --fail-on: the command takes the configuration's, or text and error.
    expect(await optionsFor(['check', 'a.yaml', 'b.yaml'], spies.check)).toEqual({ files: ['a.yaml', 'b.yaml'] });
    for (const format of CHECK_FORMATS)
      expect(await optionsFor(['check', 'a.yaml', '-f', format, '--fail-on', 'warning'], spies.check)).toMatchObject({ format: [format], failOn: 'warning' });
  });

  it('rules and rules test read --rules and --format, given before or after "test"', async () => {
    expect(await optionsFor(['rules', '--format', 'json'], spies.rules)).toEqual({ format: 'json' });
    expect(await optionsFor(['rules', 'test', '--rules', 'mine.yaml', '--format', 'json'], spies.rulesTest)).toEqual({ format: 'json', rules: 'mine.yaml' });
    expect(await optionsFor(['rules', '--rules', 'mine.yaml', 'test'], spies.rulesTest)).toEqual({ format: 'table', rules: 'mine.yaml' });
  });

  it('weights, diff and report', async () => {
    expect(await optionsFor(['weights', '--matrix', 'm.yaml', '--out', 'w.yaml', '--force'], spies.weights)).toEqual({
      matrix: 'm.yaml',
      out: 'w.yaml',
      force: true,
      format: 'table',
    });
    expect(await optionsFor(['diff', 'old.yaml'], spies.diff)).toEqual({ old: 'old.yaml', new: 'old.yaml', format: 'table' });
    expect(await optionsFor(['diff', 'a.yaml', 'b.yaml', '--rules-new', 'w.yaml', '-f', 'markdown'], spies.diff)).toEqual({
      old: 'a.yaml',
      new: 'b.yaml',
      rulesNew: 'w.yaml',
      format: 'markdown',
    });
    expect(await optionsFor(['report', 'inv.yaml', '--html', 'r.html'], spies.report)).toEqual({ file: 'inv.yaml', html: 'r.html' });
  });
});
