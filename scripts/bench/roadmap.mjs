// A roadmap of N items over a generated inventory, for timing `outsource check`.
import { writeFileSync } from 'node:fs';
import { generateProcesses, toYaml } from './generate.mjs';

export function writeRoadmapFixture(dir, items) {
  const processes = generateProcesses(items, 7);
  const inventory = `${dir}/roadmap-inventory-${items}.yaml`;
  writeFileSync(inventory, toYaml(processes));
  const out = [
    `inventory: roadmap-inventory-${items}.yaml`,
    'owner: Head of Operations',
    'review: { cadence: monthly, feedback_loop: true }',
    'vendors:',
    '  studio-a: { name: Studio A, scope: [creative production, digital marketing] }',
    '  studio-b: { name: Studio B, scope: [client service, strategy, finance, it operations] }',
    'items:',
  ];
  processes.forEach((p, i) => {
    out.push(
      `  - process: ${p.id}`,
      `    vendor: ${i % 2 === 0 ? 'studio-a' : 'studio-b'}`,
      `    wave: ${1 + (i % 4)}`,
      '    engagement: project-support',
      '    location: nearshore',
      '    ip_owner: organisation',
      '    slas:',
      '      - { metric: turnaround, unit: hours, baseline: 48, target: 24 }',
    );
  });
  const file = `${dir}/roadmap-${items}.yaml`;
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}
