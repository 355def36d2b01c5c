import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

type YamlLib = typeof Yaml;
let cached: YamlLib | undefined;

/**
 * The `yaml` package takes about 25 ms to load and is needed only to place an
 * error or to read hostile input: valid files go through js-yaml. So it is
 * required on first use rather than imported at start-up.
 */
export function yamlLib(): YamlLib {
  cached ??= createRequire(import.meta.url)('yaml') as YamlLib;
  return cached;
}
