/** outsource track through the built binary: one spawn per path (the rest is tested in-process). */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';

const F = 'test/fixtures/track';

describe('outsource track (end to end)', () => {
  it('the example: twelve months, one SLA slipping, exit 1 with what to do next', async () => {
    const r = await runBin(['track', 'examples/roadmap.yaml', 'examples/actuals.csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/RED +banner-resizing +QA rejection rate \(%\) +6.4 in 2026-06/);
    expect(r.stdout).toContain('re-run the assessment: outsource assess --inventory examples/agency.yaml');
  });

  const bad: [string, string][] = [
    ['unknown-metric.csv', 'is not an SLA of "banners" (did you mean "turnaround"?)'],
    ['wrong-unit.csv', 'unit "days" differs from the unit of the SLA'],
    ['duplicate-period.csv', 'a second value for "turnaround" of "banners" in 2025-01 (the first is at line 2)'],
    ['non-numeric.csv', 'value "n/a" is not a number'],
  ];
  for (const [file, message] of bad) {
    it(`${file}: exit 2, one line with file:line:column, no stack`, async () => {
      const r = await runBin(['track', `${F}/roadmap.yaml`, `${F}/${file}`]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^outsource: ${F}/${file.replace('.', '\\.')}:\\d+:\\d+: `));
      expect(lines[0]).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
