/**
 * dist/ is a minified bundle (scripts/build.mjs). With --debug a stack trace
 * still names the TypeScript sources, through the bundle's source maps, and
 * without --debug no stack is shown at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/paths.js';
import { requireTool } from '../helpers/require-tool.js';

describe('the bundle', () => {
  it.runIf(requireTool('the built dist/ (npm run build)', existsSync(join(repoRoot, 'dist', 'cli.js'))))(
    'maps a --debug stack trace back to the sources',
    () => {
      const r = spawnSync(process.execPath, [binPath, '--debug', 'score', 'no-such-inventory.yaml'], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('outsource: no-such-inventory.yaml: no such file');
      expect(r.stderr).toMatch(/at .*src\/io\/read-input\.ts:\d+:\d+/);
      expect(r.stderr).toMatch(/at .*src\/commands\/score\/index\.ts:\d+:\d+/);
    },
  );
});
