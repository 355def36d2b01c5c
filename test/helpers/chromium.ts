/** Debian's headless Chromium (.ci/run installs it), run on a local page with no network and a throw-away profile. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireTool } from './require-tool.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = requireTool('chromium (/usr/bin/chromium)', existsSync(CHROMIUM));

/** Runs Chromium on `page` with extra `args` (--dump-dom, --screenshot=...); resolves with its stdout. */
export function chromium(dir: string, args: string[], page: string): Promise<string> {
  const profile = mkdtempSync(join(dir, 'profile-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, [...flags, ...args, pathToFileURL(page).href], { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new Error(`chromium failed: ${error.message}`)) : resolve(stdout),
    );
  });
}
