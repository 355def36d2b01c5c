// Deterministic inventories of any size, in YAML, JSON and CSV, for the benchmark.
import { writeFileSync } from 'node:fs';

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

export function generateProcesses(count, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const processes = [];
  for (let i = 0; i < count; i++) {
    const answers = {};
    for (const [id, type] of CRITERIA) {
      if (random() < 0.03) continue; // some unanswered, as in real inventories
      // Skewed towards outsourceable answers so most processes reach step 6.
      answers[id] = type === 'flag' ? random() < 0.05 : 1 + Math.floor(random() * random() * 5);
    }
    const name = `${pick(WORDS)} ${pick(WORDS)} for region ${i % 97}`;
    processes.push({
      id: `process-${i}`,
      name: name[0].toUpperCase() + name.slice(1),
      function: pick(FUNCTIONS),
      answers,
      metrics: i % 4 === 0 ? [{ name: 'turnaround', unit: 'hours', baseline: 8 + (i % 40) }] : [],
    });
  }
  return processes;
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

export function toCsv(processes) {
  const lines = [['id', 'name', 'function', ...CRITERIA.map(([id]) => id)].join(',')];
  for (const p of processes) lines.push([p.id, p.name, p.function, ...CRITERIA.map(([id]) => p.answers[id] ?? '')].join(','));
  return `${lines.join('\n')}\n`;
}

export function writeInventories(dir, count) {
  const processes = generateProcesses(count);
  const files = { yaml: `${dir}/inventory-${count}.yaml`, json: `${dir}/inventory-${count}.json`, csv: `${dir}/inventory-${count}.csv` };
  writeFileSync(files.yaml, toYaml(processes));
  writeFileSync(files.json, toJson(processes));
  writeFileSync(files.csv, toCsv(processes));
  return files;
}
