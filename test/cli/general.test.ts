/**
 * What every command of a real CLI does: --help with examples, --version, exit 2 on bad arguments.
 * In-process, except one spawned run of each path: the top --help, the --version shim, an unknown command, a score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const COMMANDS = ['score', 'rules', 'schema', 'init'];

describe('--help', () => {
  for (const command of COMMANDS) {
    it(`${command} --help: exit 0, usage and Examples on stdout`, async () => {
      const r = await runInProcess([command, '--help']);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain(`Usage: outsource ${command}`);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ outsource ${command}`);
    });
  }

  it('every command listed by outsource --help has Examples in its own help', async () => {
    const top = await runBin(['--help']);
    expect([top.code, top.stderr]).toEqual([0, '']);
    const listed = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(listed).toEqual(expect.arrayContaining(COMMANDS));
    for (const command of listed) {
      const r = await runInProcess([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain('Examples:');
    }
  });

  it('outsource --help lists the commands and has Examples', async () => {
    const r = await runInProcess(['--help']);
    expect(r.stdout).toContain('Usage: outsource');
    for (const command of COMMANDS) expect(r.stdout).toContain(`  ${command} `);
    expect(r.stdout).toContain('Examples:');
  });

  it('help <command> works like <command> --help', async () => {
    const a = await runInProcess(['help', 'score']);
    const b = await runInProcess(['score', '--help']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('--version', () => {
  for (const flag of ['--version', '-V']) {
    it(`${flag} prints the package version alone`, async () => {
      const r = await runBin([flag]);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });
  }

  it('the in-process CLI agrees', async () => {
    const r = await runInProcess(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('bad arguments exit 2', () => {
  it('an unknown command', async () => {
    const r = await runBin(['scroe', 'examples/agency.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown command 'scroe'");
  });

  it('no command prints the help on stderr or stdout and exits 2', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('Usage: outsource');
  });

  it('an unknown rules output format', async () => {
    const r = await runInProcess(['rules', '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'yaml' is invalid");
  });
});

describe('the in-process runner', () => {
  it('scores an example like the binary does', async () => {
    const inProcess = await runInProcess(['score', 'examples/agency.yaml', '--format', 'json']);
    const spawned = await runBin(['score', 'examples/agency.yaml', '--format', 'json']);
    expect(inProcess.code).toBe(0);
    expect(inProcess.stdout).toBe(spawned.stdout);
  });

  it('reads stdin from the fake Io and reports errors with exit 2', async () => {
    const ok = await runInProcess(['score', '-', '--format', 'csv'], { input: 'id,name,risk\na,A,2\n' });
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[1]).toMatch(/^a,A,,incomplete,/);
    const bad = await runInProcess(['score', '-'], { input: 'id,name,risk\na,A,9\n' });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'outsource: <stdin>:2:5: processes[0].answers.risk: 9 is out of range: must be at most 5\n' });
  });

  it('refuses "-" when nothing is piped in', async () => {
    const r = await runInProcess(['score', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing is piped in');
  });
});
