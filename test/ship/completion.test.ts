/**
 * `outsource completion bash|zsh|fish`: generated from commander's
 * definitions, and each script parses in its shell. A shell that is not
 * installed is not tested here, except under CI=true, where .ci/run installs
 * zsh and fish and a missing one fails the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;
const ci = process.env.CI === 'true';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'outsource-completion-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function script(shell: string): Promise<string> {
  const r = await runInProcess(['completion', shell]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const path = join(dir, `outsource.${shell}`);
  writeFileSync(path, r.stdout);
  return path;
}

describe('outsource completion', () => {
  it('bash: parses (bash -n) and completes commands, formats of -f and subcommands', async () => {
    const path = await script('bash');
    expect(spawnSync('bash', ['-n', path], { encoding: 'utf8' }).status).toBe(0);
    const complete = (...words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `source "$1"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _outsource; printf '%s\\n' "\${COMPREPLY[@]}"`,
          'x',
          path,
        ],
        { encoding: 'utf8' },
      )
        .stdout.trim()
        .split('\n');
    expect(complete('outsource', 'ch')).toEqual(['check']);
    expect(complete('outsource', 'check', '-f', '')).toEqual(['text', 'json', 'sarif', 'junit', 'github', 'markdown']);
    expect(complete('outsource', 'check', '--base')).toEqual(['--baseline']);
    expect(complete('outsource', 'rules', 't')).toEqual(['test']);
    expect(complete('outsource', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  for (const shell of ['zsh', 'fish'] as const) {
    const present = has(shell);
    it.runIf(present || ci)(`${shell}: parses (${shell} -n)`, async () => {
      expect(present, `${shell} is not installed; .ci/run installs it`).toBe(true);
      const path = await script(shell);
      const r = spawnSync(shell, ['-n', path], { encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([0, '']);
    });
  }

  it.runIf(has('fish') || ci)('fish: offers the formats of check', async () => {
    const path = await script('fish');
    const r = spawnSync('fish', ['-c', `source ${path}; complete -C 'outsource check --format '`], { encoding: 'utf8' });
    expect(
      r.stdout
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean),
    ).toEqual(['github', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });

  it('every command and every long option of check appears in each script', async () => {
    const { buildProgram } = await import('../../src/cli.js');
    const program = buildProgram((await import('../helpers/cli.js')).fakeIo(), () => undefined);
    const check = program.commands.find((c) => c.name() === 'check')!;
    for (const shell of ['bash', 'zsh', 'fish']) {
      const text = (await runInProcess(['completion', shell])).stdout;
      for (const c of program.commands) expect(text, `${shell}: ${c.name()}`).toContain(c.name());
      for (const o of check.options) expect(text, `${shell}: ${o.long}`).toContain(shell === 'fish' ? `-l ${o.long!.slice(2)}` : o.long!);
    }
  });

  it('end to end: an unknown shell is exit 2 with the choices', async () => {
    const r = await runBin(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bash, zsh, fish');
  });
});
