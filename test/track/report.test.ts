/** report --roadmap --actuals: a chart per tracked SLA (with the same data as a table) and cards counting the statuses. */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const ARGS = ['report', 'examples/agency.yaml', '--roadmap', 'examples/roadmap.yaml', '--actuals', 'examples/actuals.csv'];

describe('report with actuals', () => {
  it('HTML: cards, one inline SVG chart per tracked SLA with baseline and target, the status in words', async () => {
    const r = await runInProcess([...ARGS, '--format', 'html']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const section = r.stdout.slice(r.stdout.indexOf('<section id="slas"'), r.stdout.indexOf('</section>', r.stdout.indexOf('<section id="slas"')));
    expect(section).toContain('<strong>17</strong>green</li>');
    expect(section).toContain('<strong>1</strong>red</li>');
    expect(section.match(/<svg /g)).toHaveLength(18);
    expect(section).toContain(
      '<title id="sla-4-t">QA rejection rate (%) of banner-resizing: red; latest 6.4 in 2026-06; target 4; baseline 9; lower is better</title>',
    );
    expect(section).toContain('>baseline 9</text>');
    expect(section).toContain('>target 4</text>');
    expect(section).toContain('<tr><th scope="row">2026-06</th><td class="num">6.4</td></tr>');
    expect(section).not.toMatch(/<script/i);
  });

  it('Markdown: the counts and every SLA with its values', async () => {
    const r = await runInProcess(ARGS);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Service levels against actuals');
    expect(r.stdout).toContain('17 green, 0 amber, 1 red, 0 without data.');
    expect(r.stdout).toContain('| red | banner-resizing | QA rejection rate (%) | 9 | 4 | 2025-07: 8,');
  });

  it('--actuals needs --roadmap', async () => {
    const r = await runInProcess(['report', 'examples/agency.yaml', '--actuals', 'examples/actuals.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('outsource: --actuals needs --roadmap FILE: the roadmap whose SLAs the actuals are measured against\n');
  });
});
