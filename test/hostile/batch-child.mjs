// Runs many command lines in one Node process, one after the other, through
// run() of the built dist/cli.js with a recording Io: starting Node and loading
// the CLI once instead of once per hostile file. Each case is measured on its
// own: the peak resident memory is reset before it (/proc/self/clear_refs) and
// read after it (VmHWM), the built-in prototypes are compared before and after.
// The parent (test/hostile/batch.ts) sends the cases as messages, one at a time
// is run, and it kills this process if one of them hangs.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [cliPath, captureLimit] = [process.argv[2], Number(process.argv[3])];
const { run } = await import(pathToFileURL(cliPath).href);

const WATCHED = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
const ownKeys = () => Object.fromEntries(Object.entries(WATCHED).map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto).map(String))]));
function pollutionSince(before) {
  const added = [];
  for (const [name, proto] of Object.entries(WATCHED)) {
    for (const key of Reflect.ownKeys(proto).map(String)) if (!before[name].has(key)) added.push(`${name}.prototype.${key}`);
  }
  const probe = {};
  for (const key of ['polluted', 'isAdmin', 'x']) if (probe[key] !== undefined) added.push(`({}).${key}`);
  return added;
}

let canResetPeak = true;
function resetPeak() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    canResetPeak = false;
  }
}
const peakRssMb = () => {
  const hwm = canResetPeak ? /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')) : null;
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
};

const capture = () => ({ text: [], bytes: 0 });
const flushed = (stream) => new Promise((resolve) => stream.write('', () => resolve()));
const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));

async function runCase(c) {
  process.chdir(c.cwd);
  globalThis.gc?.();
  resetPeak();
  await send({ type: 'start', id: c.id });
  const before = ownKeys();
  const out = capture();
  const err = capture();
  const write = (into) => (text) => {
    if (into.bytes < captureLimit) into.text.push(text);
    into.bytes += Buffer.byteLength(text);
  };
  const io = {
    cwd: process.cwd(),
    stdout: write(c.tty ? err : out),
    stderr: write(err),
    color: false,
    columns: c.tty ? 80 : 100,
    rows: 24,
    onInterrupt: () => () => undefined,
    stdinIsTTY: Boolean(c.tty),
    stdoutIsTTY: Boolean(c.tty),
    stderrIsTTY: Boolean(c.tty),
    readStdin: () => Promise.resolve(c.input === undefined ? Buffer.alloc(0) : readFileSync(c.input)),
    env: process.env,
  };
  const start = process.hrtime.bigint();
  let code;
  try {
    code = await run(c.args, io);
  } catch (error) {
    // What the real binary would show for an error that escapes run(): Node's report and exit 1.
    err.text.push(`${error?.stack ?? String(error)}\n`);
    code = 1;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peak = peakRssMb();
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  await send({
    type: 'result',
    id: c.id,
    code,
    stdout: out.text.join(''),
    stderr: err.text.join(''),
    stdoutBytes: out.bytes,
    stderrBytes: err.bytes,
    peakRssMb: peak,
    ms,
    pollution: pollutionSince(before),
  });
}

let queue = Promise.resolve();
process.on('message', (message) => {
  if (message.type === 'end') queue = queue.then(() => process.disconnect());
  else queue = queue.then(() => runCase(message));
});
await send({ type: 'ready' });
