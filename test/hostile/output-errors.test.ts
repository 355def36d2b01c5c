/**
 * Honest output: a full disk (/dev/full gives ENOSPC on every write) is one
 * line on stderr and exit 2 for stdout and for files alike, never a stack
 * trace, exit 1 or a success with a truncated file; a reader that closes the
 * pipe early ends the program quietly; `--force` keeps the target's mode and
 * owner; a writer killed mid-write leaves no temporary file behind for long.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-file.js';
import { failOnWriteError } from '../../src/io/output-stream.js';
import { binPath, example } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'outsource-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  if (!existsSync(join(binPath, '..', '..', 'dist', 'cli.js'))) throw new Error('run `npm run build` before the end-to-end tests');
});

const ONE_LINE = /^outsource: cannot write to stdout: no space left on the device \(ENOSPC\); the output is incomplete\n$/;

/** Runs the binary with stdout on /dev/full. */
function toFullDisk(args: string[]) {
  const full = openSync('/dev/full', 'w');
  try {
    return spawnSync(process.execPath, [binPath, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  } finally {
    closeSync(full);
  }
}

describe.skipIf(!existsSync('/dev/full'))('a full disk', () => {
  it('score > /dev/full: one line, exit 2 (was a stack trace and exit 1)', () => {
    const r = toFullDisk(['score', example('agency.yaml')]);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.status).toBe(2);
  });

  it('check --format sarif > /dev/full: exit 2 (was exit 0 with a truncated file)', () => {
    const r = toFullDisk(['check', example('roadmap.yaml'), '--format', 'sarif']);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.status).toBe(2);
  });

  it('plan -o /dev/full --force: exit 2, and the device is written, not replaced', () => {
    const r = spawnSync(process.execPath, [binPath, 'plan', example('agency.yaml'), '-o', '/dev/full', '--force'], { encoding: 'utf8' });
    expect(r.stderr).toBe('outsource: /dev/full: cannot write: no space left on the device (ENOSPC)\n');
    expect(r.status).toBe(2);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('a closed pipe', () => {
  it('stops quietly when the reader goes away (score | head -c 1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" score "${example('agency.yaml')}" --format json | head -c 1 >/dev/null`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
  });

  it('EPIPE keeps the exit code already set, other errors end with 2', () => {
    const codes: number[] = [];
    failOnWriteError(Object.assign(new Error('closed'), { code: 'EPIPE' }), 'stdout', (c) => codes.push(c));
    expect(codes).toEqual([0]);
  });
});

describe('--force', () => {
  it('keeps a 0600 file private (was turned into 0644)', async () => {
    const file = join(dir, 'private.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new\n', { force: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps the owner where the user may set it', async () => {
    if (process.getuid?.() !== 0) return;
    const file = join(dir, 'owned.yaml');
    writeFileSync(file, 'old\n');
    spawnSync('chown', ['65534:65534', file]);
    await writeFileAtomic(file, 'new\n', { force: true });
    expect(statSync(file).uid).toBe(65534);
  });

  it('refuses to replace a directory', async () => {
    await expect(writeFileAtomic(dir, 'x', { force: true })).rejects.toThrow('is not a regular file');
  });
});

describe('temporary files', () => {
  it('removes what a killed writer left beside the target, keeps what a live one is writing', async () => {
    const target = join(dir, 'inventory.yaml');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, `.inventory.yaml.${dead}.1.tmp`), 'torn');
    writeFileSync(join(dir, `.inventory.yaml.${process.ppid}.1.tmp`), 'in progress');
    await writeFileAtomic(target, 'whole\n', { force: true });
    const left = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(left).toEqual([`.inventory.yaml.${process.ppid}.1.tmp`]);
  });

  it('removes its temporary file when stopped by a signal mid-write', () => {
    const script = `
      import('${join(binPath, '..', '..', 'dist', 'io', 'write-file.js')}').then(async ({ writeFileAtomic }) => {
        process.stdout.write('go\\n');
        await writeFileAtomic(process.argv[1], 'x'.repeat(400 * 1024 * 1024), { force: true });
      });`;
    const target = join(dir, 'big.yaml');
    const child = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" --input-type=module -e "$0" "${target}" & pid=$!; n=0; until ls -a "${dir}" | grep -q '^.big.yaml.*tmp$' || [ $n -gt 300 ]; do sleep 0.05; n=$((n+1)); done; ls -a "${dir}" | grep -c '^.big.yaml.*tmp$'; kill -TERM $pid; wait $pid; echo $?`,
        script,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    // The temporary file was there when the signal came, and is gone after it.
    expect(child.stdout.trim().split('\n').slice(-2)).toEqual(['1', '143']);
    expect(readdirSync(dir).filter((f) => f.startsWith('.big.yaml'))).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });
});
