/**
 * The built `assess` takes its catalogues from dist/interview-catalogues.json
 * while that file was compiled from the installed rules/catalogue.yaml and
 * rules/metrics.yaml, and from the YAML itself once either text changed. Run
 * in a terminal (tmux) on a copy of the built package, so that its files can
 * be changed; the copy's step-2 header shows which source was read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { terminalSuite } from './tmux.js';

const ENV = { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
const FIRST_QUESTION = 'Step 2: list the first process you might outsource';
const terminal = terminalSuite();

describe.skipIf(!terminal.available)('the compiled catalogues in the built assess', () => {
  let pkg: string;
  const compiledPath = () => join(pkg, 'dist', 'interview-catalogues.json');

  beforeAll(() => {
    pkg = mkdtempSync(join(tmpdir(), 'outsource-compiled-catalogues-'));
    for (const part of ['bin', 'dist', 'rules', 'package.json']) cpSync(join(repoRoot, part), join(pkg, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'));
  });
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  /** The step-2 header the first question comes under. */
  async function firstHeader(): Promise<string> {
    const { tmux: t, dir } = terminal.open();
    t.start(`node ${join(pkg, 'bin', 'outsource.js')} assess`, dir, ENV);
    await t.waitForQuestion(FIRST_QUESTION);
    return /=== Step 2 of 7: (.*) ===/.exec(t.history())?.[1] ?? '';
  }

  it('reads the compiled copy while it is current, and the YAML once the YAML changed', async () => {
    // A mark only the compiled copy carries (its hash still matches the installed texts): seen, it was read.
    const compiled = JSON.parse(readFileSync(compiledPath(), 'utf8')) as { steps: Record<string, { title: string }> };
    const title = compiled.steps['2']!.title;
    compiled.steps['2']!.title = `${title} (compiled)`;
    writeFileSync(compiledPath(), JSON.stringify(compiled));
    expect(await firstHeader()).toBe(`${title} (compiled)`);

    // The installed YAML edited after the build: the compiled copy no longer matches and is not used.
    const yamlPath = join(pkg, 'rules', 'catalogue.yaml');
    const yaml = readFileSync(yamlPath, 'utf8');
    expect(yaml).toContain(`title: ${title}\n`);
    writeFileSync(yamlPath, yaml.replace(`title: ${title}\n`, `title: ${title} (edited)\n`));
    expect(await firstHeader()).toBe(`${title} (edited)`);
  });
});
