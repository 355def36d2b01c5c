// Preloaded into a process under test: every file write goes out in 16
// pieces with a pause after each, so a SIGKILL can land in the middle of a
// write instead of before or after it. Reads, stdout and stderr are untouched.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const { syncBuiltinESMExports } = require('node:module');

const PIECES = Number(process.env.SLOW_WRITE_PIECES || 16);
const PAUSE_MS = Number(process.env.SLOW_WRITE_PAUSE_MS || 15);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function pieces(data, options) {
  const encoding = typeof options === 'string' ? options : (options && options.encoding) || 'utf8';
  const bytes = Buffer.isBuffer(data) ? data : data instanceof Uint8Array ? Buffer.from(data) : Buffer.from(String(data), encoding);
  const size = Math.max(1, Math.ceil(bytes.length / PIECES));
  const out = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function writeSlowly(handle, data, options) {
  for (const piece of pieces(data, options)) {
    await handle.write(piece);
    await sleep(PAUSE_MS);
  }
}

const realOpen = fsp.open;
fsp.open = async function open(...args) {
  const handle = await realOpen.apply(this, args);
  handle.writeFile = (data, options) => writeSlowly(handle, data, options);
  return handle;
};

fsp.writeFile = async function writeFile(file, data, options) {
  if (typeof file === 'object' && file !== null && typeof file.writeFile === 'function') return file.writeFile(data, options);
  const flag = (typeof options === 'object' && options && options.flag) || 'w';
  const handle = await realOpen(file, flag);
  try {
    await writeSlowly(handle, data, options);
  } finally {
    await handle.close();
  }
};

fs.writeFileSync = function writeFileSync(file, data, options) {
  const flag = (typeof options === 'object' && options && options.flag) || 'w';
  const fd = typeof file === 'number' ? file : fs.openSync(file, flag);
  try {
    for (const piece of pieces(data, options)) {
      fs.writeSync(fd, piece);
      sleepSync(PAUSE_MS);
    }
  } finally {
    if (typeof file !== 'number') fs.closeSync(fd);
  }
};

syncBuiltinESMExports();
