import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export { packageRoot };
export const defaultRulesPath = join(packageRoot, 'rules', 'default.yaml');
export const rulesDir = join(packageRoot, 'rules');
