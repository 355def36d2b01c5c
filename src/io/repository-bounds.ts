import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where a roadmap may point its `inventory:`: inside its own repository (the
 * nearest folder up with a .git), or inside its own folder outside git. A
 * pull request that names /proc/self/environ, ~/.ssh/id_rsa or a symlink
 * leading out of the checkout is refused instead of read into CI output.
 */
export function repositoryRoot(folder: string): string {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(folder);
  }
}

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    // A file that does not exist is judged by its name; reading it says "no such file".
    return resolve(path);
  }
};

/** True when `path`, symlinks followed, lies inside `root`. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(real(root), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
