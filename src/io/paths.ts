import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The installed package's root: dist/io/paths.js sits two levels below it. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const defaultRulesPath = join(packageRoot, 'rules', 'default.yaml');
export const rulesDir = join(packageRoot, 'rules');
