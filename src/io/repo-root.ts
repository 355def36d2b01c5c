import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { sanitize } from '../util/sanitize.js';

/**
 * The folder that paths in reports are relative to: GITHUB_WORKSPACE in a
 * GitHub job (code scanning maps SARIF paths from there), else the nearest
 * folder above the working directory holding `.git` (a folder, or a file in
 * a worktree), else the working directory itself.
 */
export function repositoryRoot(cwd: string, env: Record<string, string | undefined>): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && isAbsolute(workspace)) return resolve(workspace);
  return gitRoot(cwd) ?? cwd;
}

/** The nearest folder from `cwd` up that holds `.git`; undefined outside a repository. */
export function gitRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    try {
      statSync(join(dir, '.git'));
      return dir;
    } catch {
      // not here: one folder up
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * How a file is named in a report: relative to the root, with forward
 * slashes, control characters made visible. A file outside the root keeps
 * the name it was given.
 */
export function displayPath(root: string, cwd: string, path: string): string {
  const full = resolve(cwd, path);
  const rel = relative(root, full);
  const shown = rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`) ? path : rel;
  return sanitize(shown.split(sep).join('/'));
}

/**
 * Where a roadmap may point its `inventory:`: inside its own repository, or
 * inside its own folder outside git. A pull request that names
 * /proc/self/environ, ~/.ssh/id_rsa or a symlink leading out of the checkout
 * is refused instead of read into CI output.
 */
export const inventoryBounds = (roadmapFolder: string): string => gitRoot(roadmapFolder) ?? resolve(roadmapFolder);

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
