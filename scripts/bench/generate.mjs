// Deterministic inventories of any size, in YAML, JSON and CSV, for the benchmark.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

const CRITERIA = [
  ['core_competency', 'scale'],
  ['vendor_parity', 'scale'],
  ['benefit', 'scale'],
  ['regulated', 'flag'],
  ['politically_sensitive', 'scale'],
  ['compliance_owner', 'flag'],
  ['face_to_face', 'scale'],
  ['in_progress', 'flag'],
  ['roadmap_undecided', 'flag'],
  ['risk', 'scale'],
  ['domain_expertise', 'scale'],
  ['contractual_duty', 'flag'],
  ['cost_of_inaction', 'scale'],
  ['tech_complexity', 'scale'],
  ['repetitiveness', 'scale'],
];
const FUNCTIONS = ['creative production', 'digital marketing', 'client service', 'strategy', 'finance', 'it operations'];
const WORDS = [
  'newsletter',
  'catalogue',
  'banner',
  'adaptation',
  'seo',
  'blog',
  'social',
  'pitch',
  'retouching',
  'proofreading',
  'helpdesk',
  'payroll',
  'monitoring',
  'testing',
];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Processes one at a time, so a million-row file is written without holding a million objects. */
export function* processStream(count, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const answers = {};
    for (const [id, type] of CRITERIA) {
      if (random() < 0.03) continue; // some unanswered, as in real inventories
      // Skewed towards outsourceable answers so most processes reach step 6.
      answers[id] = type === 'flag' ? random() < 0.05 : 1 + Math.floor(random() * random() * 5);
    }
    const name = `${pick(WORDS)} ${pick(WORDS)} for region ${i % 97}`;
    yield {
      id: `process-${i}`,
      name: name[0].toUpperCase() + name.slice(1),
      function: pick(FUNCTIONS),
      answers,
      metrics: i % 4 === 0 ? [{ name: 'turnaround', unit: 'hours', baseline: 8 + (i % 40) }] : [],
    };
  }
}

export function generateProcesses(count, seed = 42) {
  return [...processStream(count, seed)];
}

export function toYaml(processes) {
  const out = ['organisation: Benchmark Inc.', 'processes:'];
  for (const p of processes) {
    out.push(`  - id: ${p.id}`, `    name: ${p.name}`, `    function: ${p.function}`, '    answers:');
    for (const [k, v] of Object.entries(p.answers)) out.push(`      ${k}: ${v}`);
    if (p.metrics.length > 0) out.push('    metrics:');
    for (const m of p.metrics) out.push(`      - { name: ${m.name}, unit: "${m.unit}", baseline: ${m.baseline} }`);
  }
  return `${out.join('\n')}\n`;
}

export function toJson(processes) {
  return JSON.stringify({ organisation: 'Benchmark Inc.', processes });
}

const CSV_HEADER = ['id', 'name', 'function', ...CRITERIA.map(([id]) => id)].join(',');
const csvLine = (p) => [p.id, p.name, p.function, ...CRITERIA.map(([id]) => p.answers[id] ?? '')].join(',');

export function toCsv(processes) {
  return `${[CSV_HEADER, ...processes.map(csvLine)].join('\n')}\n`;
}

/** The CSV alone, written in pieces: the same rows `writeInventories` writes, for sizes too large to hold. */
export function writeCsvInventory(dir, count) {
  const file = `${dir}/inventory-${count}.csv`;
  const fd = openSync(file, 'w');
  let chunk = `${CSV_HEADER}\n`;
  for (const p of processStream(count)) {
    chunk += `${csvLine(p)}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return file;
}

export function writeInventories(dir, count) {
  const processes = generateProcesses(count);
  const files = { yaml: `${dir}/inventory-${count}.yaml`, json: `${dir}/inventory-${count}.json`, csv: `${dir}/inventory-${count}.csv` };
  writeFileSync(files.yaml, toYaml(processes));
  writeFileSync(files.json, toJson(processes));
  writeFileSync(files.csv, toCsv(processes));
  return files;
}
