import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/parse/diagnostics.js';
import { sanitize } from '../util/sanitize.js';

/** What a folder or a glob yields: YAML files only, never from dependencies or hidden folders. */
const YAML_IN_FOLDER = '**/*.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** A roadmap names its inventory at the top level; an inventory lists processes. */
const NAMES_INVENTORY = /^["']?inventory["']?[ \t]*:/m;
const LISTS_PROCESSES = /^["']?processes["']?[ \t]*:/m;

async function looksLikeRoadmap(path: string): Promise<boolean> {
  try {
    const text = await readFile(path, 'utf8');
    return NAMES_INVENTORY.test(text) && !LISTS_PROCESSES.test(text);
  } catch {
    // Unreadable: keep it, so that the check reports why.
    return true;
  }
}

/**
 * Turns the arguments of `check` into roadmap files: a file is kept as
 * given (and reported if it cannot be read); a folder or a glob
 * (`'plans/**\/*.yaml'`, quoted so the shell leaves it alone) yields the
 * YAML files in it that name an inventory, sorted, so that an inventory
 * beside its roadmaps is not checked as one. A folder or glob that yields
 * nothing is an error.
 */
export async function expandRoadmapArguments(args: readonly string[], cwd: string): Promise<{ paths: string[]; errors: Diagnostic[] }> {
  const paths: string[] = [];
  const errors: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    paths.push(path);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    // A name that exists is taken as it is, even with glob characters in it (`plan[1].yaml`).
    const info = await stat(resolve(cwd, arg)).catch(() => undefined);
    const folder = info?.isDirectory() ?? false;
    if (!folder && info !== undefined) {
      add(arg);
      continue;
    }
    // The glob library loads only for a folder or a name that is not there.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!folder && !isDynamicPattern(arg)) {
      add(arg);
      continue;
    }
    const base = folder ? resolve(cwd, arg) : cwd;
    const found = await glob(folder ? YAML_IN_FOLDER : arg, { cwd: base, ignore: IGNORED, onlyFiles: true, expandDirectories: false, absolute: true });
    const roadmaps: string[] = [];
    for (const full of found.sort()) if (await looksLikeRoadmap(full)) roadmaps.push(full);
    if (roadmaps.length === 0) {
      errors.push({ file: sanitize(arg), message: `${folder ? 'this folder' : 'this pattern'} holds no roadmap (a YAML file naming its inventory:)` });
      continue;
    }
    for (const full of roadmaps) {
      const rel = relative(cwd, full);
      add(rel.startsWith(`..${sep}`) || rel === '..' ? full : rel);
    }
  }
  return { paths, errors };
}
