// A roadmap of 500 items with two SLAs each (1,000 SLAs) and 36 months of actuals per SLA, for timing `outsource track`.
import { writeFileSync } from 'node:fs';

export function writeTrackFixture(dir, slas = 1000, periods = 36) {
  const items = slas / 2;
  const inventory = [`processes:`];
  const roadmap = [
    `inventory: track-inventory-${slas}.yaml`,
    'owner: Head of Operations',
    'review: { cadence: monthly, feedback_loop: true }',
    'vendors:',
    '  studio-a: { name: Studio A, scope: [creative production] }',
    'items:',
  ];
  const actuals = ['process,metric,period,value,unit'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < items; i++) {
    const id = `process-${String(i).padStart(5, '0')}`;
    inventory.push(`  - { id: ${id}, name: Process ${i} }`);
    roadmap.push(
      `  - process: ${id}`,
      '    vendor: studio-a',
      `    wave: ${1 + (i % 4)}`,
      '    engagement: project-support',
      '    location: nearshore',
      '    ip_owner: organisation',
      '    slas:',
      '      - { metric: turnaround, unit: hours, baseline: 48, target: 24 }',
      '      - { metric: on-time delivery, unit: "%", baseline: 85, target: 95 }',
    );
    // Some SLAs improve, some slip, all with noise: every status and trend path is taken.
    const drift = (i % 5) - 2;
    for (let m = 0; m < periods; m++) {
      const period = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      actuals.push(`${id},turnaround,${period},${(30 + drift * m * 0.2 + random() * 4).toFixed(1)},hours`);
      actuals.push(`${id},on-time delivery,${period},${Math.min(100, 92 - drift * m * 0.1 + random() * 3).toFixed(1)},%`);
    }
  }
  writeFileSync(`${dir}/track-inventory-${slas}.yaml`, `${inventory.join('\n')}\n`);
  const roadmapFile = `${dir}/track-roadmap-${slas}.yaml`;
  writeFileSync(roadmapFile, `${roadmap.join('\n')}\n`);
  const actualsFile = `${dir}/track-actuals-${slas}x${periods}.csv`;
  writeFileSync(actualsFile, `${actuals.join('\n')}\n`);
  return { roadmap: roadmapFile, actuals: actualsFile };
}
