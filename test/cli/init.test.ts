/** `outsource init` in a fresh folder: writes the starter files, never overwrites without --force. The first case spawns the binary; the others run in-process. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

const template = readFileSync(join(repoRoot, 'templates', 'inventory.yaml'), 'utf8');
const freshDir = () => mkdtempSync(join(tmpdir(), 'outsource-init-'));

describe('outsource init', () => {
  it('writes a starter inventory that scores cleanly', async () => {
    const dir = freshDir();
    const r = await runBin(['init'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('wrote inventory.yaml');
    const written = readFileSync(join(dir, 'inventory.yaml'), 'utf8');
    expect(written).toBe(template);
    expect(written).toMatch(/^# yaml-language-server: \$schema=/);
    const scored = await runInProcess(['score', 'inventory.yaml', '--format', 'json'], { cwd: dir });
    expect([scored.code, scored.stderr]).toEqual([0, '']);
    expect((JSON.parse(scored.stdout) as { processes: unknown[] }).processes.length).toBeGreaterThan(0);
  });

  it('refuses to overwrite an existing file: exit 2, one line, the file untouched', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'inventory.yaml'), 'mine\n');
    const r = await runInProcess(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('outsource: inventory.yaml already exists here; nothing was written (use --force to overwrite)\n');
    expect(readFileSync(join(dir, 'inventory.yaml'), 'utf8')).toBe('mine\n');
  });

  it('--force overwrites', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'inventory.yaml'), 'mine\n');
    const r = await runInProcess(['init', '--force'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'inventory.yaml'), 'utf8')).toBe(template);
  });

  it('running it twice fails the second time', async () => {
    const dir = freshDir();
    expect((await runInProcess(['init'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['init'], { cwd: dir })).code).toBe(2);
  });
});
