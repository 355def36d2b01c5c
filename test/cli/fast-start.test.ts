/**
 * `outsource assess`, `check FILE...` and `score FILE` without options start
 * without the argument parser (src/fast-start.ts). They must call the command
 * exactly as cli.ts would after parsing, and report its errors alike; any
 * other command line must be left to cli.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli.js';
import { fastCommand, runFast } from '../../src/fast-start.js';
import { UserError } from '../../src/io/errors.js';
import type { Io } from '../../src/io/io.js';
import { fakeIo } from '../helpers/cli.js';

const spies = vi.hoisted(() => ({
  assess: vi.fn((_options: unknown, _io: Io) => Promise.resolve(0)),
  check: vi.fn((_options: unknown, _io: Io) => Promise.resolve(1)),
  score: vi.fn((_options: unknown, _io: Io) => Promise.resolve(0)),
}));
vi.mock('../../src/commands/assess/index.js', () => ({ assess: spies.assess }));
vi.mock('../../src/commands/check/index.js', () => ({ check: spies.check }));
vi.mock('../../src/commands/score/index.js', () => ({ score: spies.score }));

beforeEach(() => {
  spies.assess.mockClear();
  spies.check.mockClear();
  spies.score.mockClear();
});

/** What the command function got, and the exit code, through cli.ts's run() and through runFast(). */
async function bothWays(argv: string[], spy: typeof spies.assess) {
  spy.mockClear();
  const viaCli = fakeIo();
  const cliCode = await run([...argv], viaCli);
  const cliCall = spy.mock.calls.at(-1);
  const viaFast = fakeIo();
  const fastCode = await runFast(argv, viaFast);
  const fastCall = spy.mock.calls.at(-1);
  expect(spy).toHaveBeenCalledTimes(2);
  return { cliCode, fastCode, cliCall, fastCall, cliErr: viaCli.err.join(''), fastErr: viaFast.err.join('') };
}

describe('the fast start', () => {
  it.each([
    [['assess'], spies.assess],
    [['check', 'roadmap.yaml'], spies.check],
    [['check', 'a.yaml', 'plans/**/*.yaml', 'help', 'b c.yaml'], spies.check],
    [['score', 'examples/agency.yaml'], spies.score],
    [['score', 'help'], spies.score],
  ])('%j: the same options, Io and exit code as through the argument parser', async (argv, spy) => {
    const r = await bothWays(argv, spy);
    expect(r.fastCode).toBe(r.cliCode);
    expect(r.fastCall?.[0]).toStrictEqual(r.cliCall?.[0]);
    const { color, quiet, cwd } = r.cliCall![1];
    expect({ color: r.fastCall![1].color, quiet: r.fastCall![1].quiet, cwd: r.fastCall![1].cwd }).toStrictEqual({ color, quiet, cwd });
  });

  it('reports a command error the same way: a UserError as its lines, anything else as one internal error line; exit 2', async () => {
    spies.check.mockRejectedValue(new UserError([{ file: 'r.yaml', line: 3, column: 5, message: 'bad thing' }]));
    const user = await bothWays(['check', 'r.yaml'], spies.check);
    expect(user.fastCode).toBe(2);
    expect(user.cliCode).toBe(2);
    expect(user.fastErr).toBe(user.cliErr);
    expect(user.fastErr).toContain('r.yaml:3:5');
    spies.check.mockRejectedValue(new Error('boom \u001b[31m'));
    const internal = await bothWays(['check', 'r.yaml'], spies.check);
    expect(internal.fastCode).toBe(2);
    expect(internal.fastErr).toBe(internal.cliErr);
    expect(internal.fastErr).toMatch(/^outsource: internal error: boom .*run with --debug/);
    expect(internal.fastErr).not.toContain('\u001b');
    spies.check.mockResolvedValue(1);
  });

  it.each([
    [[]],
    [['assess', 'extra']],
    [['assess', '--force']],
    [['assess', '-o', 'x.yaml']],
    [['check']],
    [['check', '-']],
    [['check', '']],
    [['check', 'r.yaml', '--format', 'sarif']],
    [['check', 'r.yaml', '-f', 'json']],
    [['check', '--help']],
    [['check', 'r.yaml', '--']],
    [['--debug', 'check', 'r.yaml']],
    [['--no-color', 'assess']],
    [['-q', 'check', 'r.yaml']],
    [['score']],
    [['score', '-']],
    [['score', 'a.yaml', 'b.yaml']],
    [['score', 'a.yaml', '--explain', 'seo']],
    [['score', 'a.yaml', '-f', 'json']],
    [['rules']],
    [['help', 'check']],
  ])('leaves %j to the argument parser', async (argv) => {
    expect(fastCommand(argv)).toBeUndefined();
    expect(await runFast(argv, fakeIo())).toBeUndefined();
    expect(spies.assess).not.toHaveBeenCalled();
    expect(spies.check).not.toHaveBeenCalled();
    expect(spies.score).not.toHaveBeenCalled();
  });
});
