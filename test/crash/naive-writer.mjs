// The control for the crash tests: writes a file in place, as a careless
// tool would. Killed mid-write under slow-write.cjs, it leaves a torn file,
// which shows the crash test can tell a torn file from an intact one.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';

const [target, source] = process.argv.slice(2);
await writeFile(target, readFileSync(source, 'utf8'), 'utf8');
