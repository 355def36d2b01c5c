// The least any program could spend on `outsource score FILE --format json`:
// read the input and parse it (a CSV split into cells; a YAML file through
// js-yaml, the parser the fast path uses), then write the very same JSON the
// tool writes, with no evaluating at all. The output's objects are read from
// a file the tool wrote before the clock starts. Prints the milliseconds
// spent after start-up on stderr: add `node -e 0` for a wall time.
// Usage: node scripts/bench/floor.mjs INPUT RENDERED.json > /dev/null
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';

const [input, rendered] = process.argv.slice(2);
const objects = JSON.parse(readFileSync(rendered, 'utf8')).processes;
const start = performance.now();
const text = readFileSync(input, 'utf8');
let cells = 0;
if (input.endsWith('.csv')) for (const line of text.split('\n')) cells += line.split(',').length;
else cells = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }).processes.length;
const write = (chunk) => (process.stdout.write(chunk) ? undefined : new Promise((resolve) => process.stdout.once('drain', resolve)));
let chunk = '{ "version": 1, "processes": [\n';
for (let i = 0; i < objects.length; i++) {
  chunk += `${JSON.stringify(objects[i])}${i === objects.length - 1 ? '\n] }\n' : ',\n'}`;
  if (chunk.length > 1 << 20) {
    await write(chunk);
    chunk = '';
  }
}
await write(chunk);
process.stdout.end(() => process.stderr.write(`${(performance.now() - start).toFixed(1)} ${cells}\n`));
