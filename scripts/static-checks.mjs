#!/usr/bin/env node
// `npm test`'s static checks: the typecheck, eslint and prettier run side by side (each is mostly one
// core's work, and together they took 45 s one after the other). Each one's output is printed whole
// when it ends, so lines never interleave; the exit code is the first failure's.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['typecheck', 'tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['eslint', 'eslint', ['.']],
  ['prettier', 'prettier', ['--check', '.']],
];

const results = await Promise.all(
  CHECKS.map(([name, bin, args]) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn('npx', ['--no-install', bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', (error) => resolve({ name, code: 1, output: `${output}${error.message}\n`, ms: Date.now() - started }));
      child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output, ms: Date.now() - started }));
    }).then((r) => {
      process.stdout.write(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name} (${(r.ms / 1000).toFixed(1)} s)\n${r.output.trim() ? `${r.output.trimEnd()}\n` : ''}`);
      return r;
    }),
  ),
);
const failed = results.filter((r) => r.code !== 0);
if (failed.length > 0) process.stderr.write(`static checks failed: ${failed.map((r) => r.name).join(', ')}\n`);
process.exitCode = failed.length > 0 ? 1 : 0;
