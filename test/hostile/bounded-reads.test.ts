/**
 * Reads that stat() cannot be trusted with: /proc/self/pagemap claims 0
 * bytes and holds terabytes, a FIFO or /proc/kmsg blocks the open or the
 * read forever, a session file linked to /dev/zero never ends. The one
 * bounded reader refuses them at once. A roadmap's `inventory:` stays inside
 * the roadmap's repository unless --allow-inventory-outside says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBounded } from '../../src/io/bounded-read.js';
import { readSession } from '../../src/commands/assess/session-file.js';
import { runBin } from '../helpers/cli.js';
import { example } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'outsource-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('the bounded reader', () => {
  it('stops one byte past the limit whatever stat() says (/proc/self/pagemap)', async () => {
    const r = await readBounded('/proc/self/pagemap', { limit: 1 << 20 });
    expect(r).toMatchObject({ ok: false, code: 'EFBIG' });
  });

  it('reads a file of exactly the limit', async () => {
    const file = join(dir, 'exact.txt');
    writeFileSync(file, 'x'.repeat(1000));
    const r = await readBounded(file, { limit: 1000 });
    expect(r.ok && r.bytes.length).toBe(1000);
  });

  it('refuses a character device without reading it (/dev/zero)', async () => {
    expect(await readBounded('/dev/zero', { limit: 1 << 20 })).toMatchObject({ ok: false, code: 'ENOTREG' });
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.yaml');
    spawnSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await readBounded(fifo, { limit: 1 << 20 })).toMatchObject({ ok: false, code: 'ENOTREG' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.skipIf(!existsSync('/proc/kmsg'))('does not hang on /proc/kmsg', async () => {
    const r = await readBounded('/proc/kmsg', { limit: 1 << 20, timeout: 2000 });
    expect(r.ok).toBe(false);
  });
});

describe('the commands', () => {
  it('score /proc/self/pagemap is refused in one line (was read until the kernel killed it)', async () => {
    const r = await runBin(['score', '/proc/self/pagemap']);
    expect(r.stderr).toBe('outsource: /proc/self/pagemap: is over the limit of 200 MB\n');
    expect(r.code).toBe(2);
  });

  it.skipIf(!hasMkfifo)('score on a FIFO is refused at once (was a hang)', async () => {
    const fifo = join(dir, 'inventory.csv');
    spawnSync('mkfifo', [fifo]);
    const r = await runBin(['score', fifo]);
    expect(r.stderr).toContain('is not a regular file');
    expect(r.code).toBe(2);
  });

  it('a session file linked to /dev/zero is reported broken, not read (was 620 MB)', async () => {
    const session = join(dir, 'session-zero.json');
    symlinkSync('/dev/zero', session);
    expect(await readSession(session)).toEqual({ kind: 'broken', reason: 'is not a regular file (a device, pipe or socket); give a file, or - for stdin' });
  });

  it.skipIf(!hasMkfifo)('a session file that is a FIFO does not hang', async () => {
    const session = join(dir, 'session-fifo.json');
    spawnSync('mkfifo', [session]);
    expect((await readSession(session)).kind).toBe('broken');
  });
});

describe("a roadmap's inventory", () => {
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'plans'), { recursive: true });
  copyFileSync(example('agency.yaml'), join(repo, 'inventory.yaml'));
  const outside = join(dir, 'secret.yaml');
  copyFileSync(example('agency.yaml'), outside);
  symlinkSync(outside, join(repo, 'linked.yaml'));
  const roadmapText = (inventory: string) => `inventory: ${inventory}\nowner: Ops\nitems: []\n`;

  it('inside the repository, even from a sub-folder: read', async () => {
    writeFileSync(join(repo, 'plans', 'ok.yaml'), roadmapText('../inventory.yaml'));
    const r = await runBin(['check', join(repo, 'plans', 'ok.yaml')]);
    expect(r.stderr).not.toContain('outside');
  });

  it('outside the repository: refused, with the way to allow it', async () => {
    writeFileSync(join(repo, 'plans', 'out.yaml'), roadmapText('../../secret.yaml'));
    const r = await runBin(['check', join(repo, 'plans', 'out.yaml')]);
    expect(r.stderr).toContain("is outside the roadmap's repository");
    expect(r.stderr).toContain('--allow-inventory-outside');
    expect(r.code).toBe(2);
    const allowed = await runBin(['check', join(repo, 'plans', 'out.yaml'), '--allow-inventory-outside']);
    expect(allowed.stderr).not.toContain('outside');
  });

  it('a symlink inside the repository that leads out of it: refused', async () => {
    writeFileSync(join(repo, 'plans', 'link.yaml'), roadmapText('../linked.yaml'));
    const r = await runBin(['check', join(repo, 'plans', 'link.yaml')]);
    expect(r.stderr).toContain("is outside the roadmap's repository");
    expect(r.code).toBe(2);
  });

  it('/proc/self/environ named by a pull request: refused without reading it', async () => {
    writeFileSync(join(repo, 'plans', 'environ.yaml'), roadmapText('/proc/self/environ'));
    const r = await runBin(['check', join(repo, 'plans', 'environ.yaml')]);
    expect(r.stderr).toContain("is outside the roadmap's repository");
    expect(r.stderr).not.toMatch(/PATH=|HOME=/);
  });
});
