import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, whatever the current directory of the test run. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The built binary that end-to-end tests spawn (needs `npm run build` first). */
export const binPath = join(repoRoot, 'bin', 'outsource.js');

/** Absolute path of a file under `test/fixtures/`, e.g. `fixture('core', 'rules', 'bad.yaml')`. */
export const fixture = (...parts: string[]): string => join(repoRoot, 'test', 'fixtures', ...parts);

/** Absolute path of a file under `examples/`. */
export const example = (name: string): string => join(repoRoot, 'examples', name);
