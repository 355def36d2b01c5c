import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

interface PackageJson {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as PackageJson;

/** Read once from package.json so a release never prints a stale version. */
export const version: string = pkg.version;

/** The repository's web page (from package.json), for links to the docs in reports; undefined until package.json names it. */
export const repositoryPage: string | undefined = webPage(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ?? webPage(pkg.homepage);

function webPage(url: string | undefined): string | undefined {
  const match = url === undefined ? null : /^(?:git\+)?(https:\/\/[^\s#]+?)(?:\.git)?(?:#.*)?$/.exec(url.trim());
  return match?.[1]?.replace(/\/+$/, '');
}
