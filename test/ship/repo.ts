/** A throw-away repository for the shipping tests: a `.git` folder, and a roadmap with its inventory under plans/. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example } from '../helpers/paths.js';

export interface TempRepo {
  root: string;
  path(...parts: string[]): string;
  write(relative: string, text: string): void;
  remove(): void;
}

/** plans/roadmap.yaml (examples/roadmap-broken.yaml: findings of every severity), plans/agency.yaml, its inventory, and its actuals. */
export function tempRepo(): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'outsource-ship-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'plans'));
  copyFileSync(example('roadmap-broken.yaml'), join(root, 'plans', 'roadmap.yaml'));
  copyFileSync(example('agency.yaml'), join(root, 'plans', 'agency.yaml'));
  // The broken roadmap's tracking: entry names the actuals its sla-breached finding comes from.
  copyFileSync(example('actuals-broken.csv'), join(root, 'plans', 'actuals-broken.csv'));
  return {
    root,
    path: (...parts) => join(root, ...parts),
    write: (relative, text) => {
      const full = join(root, relative);
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
