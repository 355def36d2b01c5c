import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root: the nearest folder above this module with a
 * package.json. The module sits at a different depth in src/ (tests) and in
 * the bundle (dist/ or dist/chunks/), so the depth is found, not assumed.
 */
function findPackageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(here);
  }
}

export const packageRoot: string = findPackageRoot();
