import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { ConfigurableCommand } from '../core/config/schema.js';
import type { LoadedConfig } from '../core/config/load.js';
import { sanitize } from '../util/sanitize.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import type { OutputTarget } from './outputs.js';
import { gitRoot } from './repo-root.js';

/** Where the configuration may be, in each folder, in this order. */
const CONFIG_FILES = ['.outsource.yaml', '.outsource.yml'];

export interface FoundConfig extends LoadedConfig {
  /** The folder of the configuration file: its paths are relative to it. */
  dir: string;
}

const found = new WeakMap<Io, Promise<FoundConfig | undefined>>();

/**
 * The team's configuration: `.outsource.yaml` or package.json's "outsource"
 * key in the working folder or a folder above it, up to the repository root
 * (outside a repository, the working folder only). The nearest one wins;
 * it is read once per run.
 */
export function findConfig(io: Io): Promise<FoundConfig | undefined> {
  let pending = found.get(io);
  if (!pending) found.set(io, (pending = discover(io)));
  return pending;
}

async function discover(io: Io): Promise<FoundConfig | undefined> {
  if (io.env.OUTSOURCE_NO_CONFIG) return undefined;
  const top = gitRoot(io.cwd) ?? io.cwd;
  for (let dir = resolve(io.cwd); ; dir = dirname(dir)) {
    for (const name of [...CONFIG_FILES, 'package.json']) {
      const path = join(dir, name);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        continue;
      }
      // A package.json that says nothing of outsource is none of its business, even if it does not parse.
      if (name === 'package.json' && (!/"outsource"\s*:/.test(text) || saysNothingOfOutsource(text))) continue;
      const { loadConfigLazily } = await import('../core/config/load-lazily.js');
      const shown = sanitize(relative(io.cwd, path) || name);
      const loaded = await loadConfigLazily(text, shown, name === 'package.json' ? ['outsource'] : []);
      if (!loaded.ok) throw new UserError(loaded.errors);
      if (loaded.value) return { ...loaded.value, dir };
    }
    if (dir === top || dirname(dir) === dir) return undefined;
  }
}

/** A package.json that parses and has no top-level "outsource" key (a dependency of that name is not a configuration). */
function saysNothingOfOutsource(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !Object.hasOwn(value, 'outsource');
  } catch {
    return false;
  }
}

/**
 * The default outputs of a command from the configuration, each format
 * checked against the command's list; files are relative to the
 * configuration's folder. undefined when it says nothing for the command.
 */
export function configOutputs<F extends string>(
  config: FoundConfig | undefined,
  command: ConfigurableCommand,
  formats: readonly F[],
  cwd: string,
): OutputTarget<F>[] | undefined {
  const entries = config?.config.formats?.[command];
  if (!config || entries === undefined) return undefined;
  const list = Array.isArray(entries) ? entries : [entries];
  return list.map((entry, i) => {
    const format = typeof entry === 'string' ? entry : entry.format;
    if (!(formats as readonly string[]).includes(format)) {
      const path = ['formats', command, ...(Array.isArray(entries) ? [i] : []), ...(typeof entry === 'string' ? [] : ['format'])];
      throw new UserError([
        {
          file: config.file,
          ...config.locate(path),
          message: `formats.${command}: "${sanitize(format)}" is not a format of ${command}; use one of ${formats.join(', ')}`,
        },
      ]);
    }
    return typeof entry === 'string' ? { format: format as F } : { format: format as F, file: relative(cwd, resolve(config.dir, entry.output)) };
  });
}

/** A path setting (rules, baseline) as the working folder reaches it. */
export function configFile(config: FoundConfig | undefined, key: 'rules' | 'baseline', cwd: string): string | undefined {
  const value = config?.config[key];
  return config === undefined || value === undefined ? undefined : relative(cwd, resolve(config.dir, value));
}
