/**
 * The GitHub Action: action.yml's shape (actions pinned by commit SHA, Node
 * version as an input, no compile step) and the shell of its steps, which
 * lives in scripts/action/ and runs here with a fake GITHUB_* environment:
 * first against a stand-in CLI that records what it was asked, then against
 * the real one when it writes several formats in one run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree } from '../helpers/package-install.js';
import { example, repoRoot } from '../helpers/paths.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const CHECK = join(repoRoot, 'scripts', 'action', 'check.sh');
const INSTALL = join(repoRoot, 'scripts', 'action', 'install.sh');

describe('action.yml', () => {
  it('pins every third-party action by a full commit SHA', () => {
    const uses = action.runs.steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const u of uses) expect(u, u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it('takes the Node version as an input and compiles nothing', () => {
    const setup = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe('${{ inputs.node-version }}');
    expect(action.inputs['node-version']?.default).toBe('20');
    const shell = action.runs.steps.map((s) => s.run ?? '').join('\n') + readFileSync(INSTALL, 'utf8');
    expect(shell).not.toMatch(/npm run build|\btsc\b|npm (ci|install)(?![^\n]*--omit=dev)/);
    expect(readFileSync(INSTALL, 'utf8')).toMatch(/npm ci --prefix "\$root" --omit=dev --ignore-scripts/);
  });

  it('runs the check step from scripts/action/check.sh in the working directory, with every input', () => {
    const check = action.runs.steps.find((s) => s.id === 'check')!;
    expect(check.run).toContain('$GITHUB_ACTION_PATH/scripts/action/check.sh');
    expect(check['working-directory']).toBe('${{ inputs.working-directory }}');
    expect(Object.keys(check.env ?? {}).sort()).toEqual(['FAIL_ON', 'JUNIT_FILE', 'ROADMAPS', 'RULES', 'SARIF_FILE', 'UPLOAD_SARIF']);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
  });
});

/** A stand-in for bin/outsource.js: records its arguments, directory and workspace, writes each -o file once. */
const FAKE_CLI = `import { appendFileSync, writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_LOG, JSON.stringify({ args, cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE }) + '\\n');
const formats = [];
for (let i = 0; i < args.length; i++) if (args[i] === '-f') formats.push({ format: args[i + 1], file: args[i + 2] === '-o' ? args[i + 3] : undefined });
for (const f of formats) {
  if (f.file) writeFileSync(f.file, f.format === 'markdown' ? '### outsource check: 1 error\\n' : '<' + f.format + '>', { flag: 'wx' });
  else process.stdout.write('::error file=plans/roadmap.yaml,line=3,col=1,title=outsource no-owner::no owner\\n');
}
process.exit(Number(process.env.FAKE_EXIT ?? 1));
`;

describe('scripts/action/check.sh with a fake GITHUB_* environment', () => {
  let dir: string;
  let actionPath: string;
  let workspace: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-action-'));
    actionPath = join(dir, 'action');
    mkdirSync(join(actionPath, 'bin'), { recursive: true });
    writeFileSync(join(actionPath, 'bin', 'outsource.js'), FAKE_CLI);
    workspace = join(dir, 'workspace');
    mkdirSync(join(workspace, 'plans', 'out'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function runCheck(inputs: Record<string, string>, name: string) {
    const run = join(dir, name);
    mkdirSync(join(run, 'temp'), { recursive: true });
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(run, 'output'),
      GITHUB_STEP_SUMMARY: join(run, 'summary.md'),
      RUNNER_TEMP: join(run, 'temp'),
      FAKE_LOG: join(run, 'calls.jsonl'),
      ...inputs,
    };
    writeFileSync(env.GITHUB_STEP_SUMMARY, 'an earlier step wrote this\n');
    const r = spawnSync('bash', [CHECK], { cwd: join(workspace, 'plans'), env, encoding: 'utf8' });
    const calls = existsSync(env.FAKE_LOG)
      ? readFileSync(env.FAKE_LOG, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { args: string[]; cwd: string; workspace: string })
      : [];
    const output = existsSync(env.GITHUB_OUTPUT) ? readFileSync(env.GITHUB_OUTPUT, 'utf8') : '';
    return { ...r, calls, output, summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), temp: env.RUNNER_TEMP };
  }

  it('checks every roadmap in ONE run that writes the summary, SARIF, JUnit and the annotations', () => {
    const stale = join(workspace, 'plans', 'out', 'outsource.sarif');
    writeFileSync(stale, 'from an earlier run');
    const r = runCheck(
      {
        ROADMAPS: 'roadmap.yaml\n  other roadmap.yaml',
        RULES: 'rules.yaml',
        FAIL_ON: 'warning',
        UPLOAD_SARIF: 'true',
        SARIF_FILE: 'out/outsource.sarif',
        JUNIT_FILE: join(dir, 'junit.xml'),
      },
      'all',
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.calls).toHaveLength(1);
    const [call] = r.calls;
    expect(call!.args).toEqual([
      'check',
      'roadmap.yaml',
      'other',
      'roadmap.yaml',
      '--fail-on',
      'warning',
      '--rules',
      'rules.yaml',
      '-f',
      'markdown',
      '-o',
      join(r.temp, 'outsource-summary.md'),
      '-f',
      'sarif',
      '-o',
      stale,
      '-f',
      'junit',
      '-o',
      join(dir, 'junit.xml'),
      '-f',
      'github',
    ]);
    expect(call!.cwd).toBe(join(workspace, 'plans'));
    expect(call!.workspace).toBe(workspace);
    expect(r.stdout).toContain('::error file=plans/roadmap.yaml,line=3');
    expect(r.output).toBe(`sarif-file=${stale}\njunit-file=${join(dir, 'junit.xml')}\nexit-code=1\n`);
    expect(readFileSync(stale, 'utf8')).toBe('<sarif>');
    expect(r.summary).toBe('an earlier step wrote this\n### outsource check: 1 error\n');
  });

  it('writes no SARIF or JUnit unless asked, and passes the exit code on', () => {
    const r = runCheck(
      { ROADMAPS: 'roadmap.yaml', RULES: '', FAIL_ON: 'error', UPLOAD_SARIF: 'false', SARIF_FILE: 'outsource.sarif', JUNIT_FILE: '', FAKE_EXIT: '2' },
      'plain',
    );
    expect(r.status).toBe(0);
    expect(r.calls.map((c) => c.args)).toEqual([
      ['check', 'roadmap.yaml', '--fail-on', 'error', '-f', 'markdown', '-o', join(r.temp, 'outsource-summary.md'), '-f', 'github'],
    ]);
    expect(r.output).toBe('exit-code=2\n');
  });

  it('refuses an empty roadmap input without running the CLI', () => {
    const r = runCheck({ ROADMAPS: ' \n ', UPLOAD_SARIF: 'false' }, 'empty');
    expect(r.calls).toEqual([]);
    expect(r.stdout).toContain('::error title=outsource::the roadmap input is empty');
    expect(r.output).toBe('exit-code=2\n');
  });
});

describe('scripts/action/install.sh', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-action-install-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says to use a release tag when the checkout has no built CLI', () => {
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    const r = spawnSync('bash', [INSTALL], { env: { PATH: process.env.PATH ?? '', GITHUB_ACTION_PATH: bare }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('::error title=outsource::this version of the action has no built CLI (dist/): use a release tag');
  });

  it('installs the runtime dependencies only, compiling nothing, on a release checkout', () => {
    expect(existsSync(join(repoRoot, 'dist', 'cli.js')), 'run `npm run build` first').toBe(true);
    const release = join(dir, 'release');
    copyWorkingTree(release);
    cpSync(join(repoRoot, 'dist'), join(release, 'dist'), { recursive: true });
    chmodSync(join(release, 'scripts', 'action', 'install.sh'), 0o755);
    const r = spawnSync('bash', [join(release, 'scripts', 'action', 'install.sh')], {
      env: { ...process.env, GITHUB_ACTION_PATH: release, npm_config_offline: 'true' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const installed = readdirSync(join(release, 'node_modules'));
    expect(installed).toContain('commander');
    expect(installed.filter((d) => ['typescript', 'vitest', 'eslint'].includes(d))).toEqual([]);
    const version = spawnSync(process.execPath, [join(release, 'bin', 'outsource.js'), 'check', '--help'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
  }, 300_000);
});

/** Whether the built CLI takes several -f/-o pairs in one run (the action relies on it). */
const multiFormat =
  existsSync(join(repoRoot, 'dist', 'cli.js')) &&
  /--output/.test(execFileSync(process.execPath, [join(repoRoot, 'bin', 'outsource.js'), 'check', '--help'], { encoding: 'utf8' }));

describe.runIf(multiFormat)('scripts/action/check.sh with the real CLI', () => {
  let dir: string;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes annotations, summary, SARIF and JUnit from a working directory, naming files from the repository root', () => {
    dir = mkdtempSync(join(tmpdir(), 'outsource-action-real-'));
    const workspace = join(dir, 'workspace');
    mkdirSync(join(workspace, 'plans'), { recursive: true });
    for (const name of ['roadmap-broken.yaml', 'agency.yaml', 'actuals-broken.csv']) cpSync(example(name), join(workspace, 'plans', name));
    const env = {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: repoRoot,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      ROADMAPS: 'roadmap-broken.yaml',
      RULES: '',
      FAIL_ON: 'error',
      UPLOAD_SARIF: 'true',
      SARIF_FILE: 'outsource.sarif',
      JUNIT_FILE: 'junit.xml',
    };
    const r = spawnSync('bash', [CHECK], { cwd: join(workspace, 'plans'), env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('::error file=plans/roadmap-broken.yaml,line=13,col=1,title=outsource no-owner::');
    const sarifPath = join(workspace, 'plans', 'outsource.sarif');
    expect(readFileSync(join(dir, 'output'), 'utf8')).toBe(`sarif-file=${sarifPath}\njunit-file=${join(workspace, 'plans', 'junit.xml')}\nexit-code=1\n`);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/roadmap-broken.yaml');
    expect(readFileSync(join(workspace, 'plans', 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^### outsource check: \d+ errors/);
  });
});
