// Preloaded into the measured process: records its peak resident memory at exit.
const { writeFileSync } = require('node:fs');
const target = process.env.BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
