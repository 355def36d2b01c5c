import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

const agency = 'examples/agency.yaml';

describe('score with money (the agency example)', () => {
  it('JSON carries business_case with SPEC fields, computed by hand here', async () => {
    const r = await runInProcess(['score', agency, '--format', 'json']);
    expect(r.code).toBe(0);
    const processes = (JSON.parse(r.stdout) as { processes: Record<string, unknown>[] }).processes;
    const ad = processes.find((p) => p.id === 'ad-adaptations')?.business_case as Record<string, number>;
    // 420 h steady = 3 seats of 140 h. In-house 420 × 12 × 58 = 292,320; vendor 3 × 4,200 × 12 = 151,200;
    // governance 6 % = 9,072; saving 292,320 - 151,200 - 9,072 = 132,048; payback 45,000 / 11,004 = 4.0894 months;
    // NPV = -45,000 + 132,048 × (1/1.08 + 1/1.08² + 1/1.08³ = 2.5770970) - 10,000 / 1.08³ (7,938.32) = 287,362.2
    expect(ad).toMatchObject({ currency: 'EUR', in_house_annual: 292_320, vendor_annual: 151_200, transition: 45_000, exit: 10_000 });
    expect(ad.governance).toBeCloseTo(9_072, 6);
    expect(ad.annual_saving).toBeCloseTo(132_048, 6);
    expect(ad.payback_months).toBeCloseTo(4.08942, 4);
    expect(ad.npv).toBeCloseTo(287_362.2, 0);
    expect((ad as unknown as { defaults: string[] }).defaults).toEqual(['governance_share', 'term_years', 'discount_rate']);
    // Proofreading: 60 h is under half a seat, so per project; the onshore quote of 40,000 plus 2,400 governance
    // costs more than 41,760 in-house: saving -640, never pays back, NPV -6,000 - 640 × 2.5770970 = -7,649.34.
    const proof = processes.find((p) => p.id === 'proofreading')?.business_case as Record<string, number | null>;
    expect(proof.annual_saving).toBeCloseTo(-640, 6);
    expect(proof.payback_months).toBeNull();
    expect(proof.npv).toBeCloseTo(-7_649.34, 1);
    expect(processes.find((p) => p.id === 'web-maintenance')?.business_case_missing).toMatch(/^missing cost\.in_house_annual/);
    expect(processes.find((p) => p.id === 'brand-strategy')).not.toHaveProperty('business_case');
  });

  it('the CSV example gives the same business cases', async () => {
    const yaml = JSON.parse((await runInProcess(['score', agency, '--format', 'json'])).stdout) as { processes: { id: string; business_case?: unknown }[] };
    const csv = JSON.parse((await runInProcess(['score', 'examples/agency.csv', '--format', 'json'])).stdout) as typeof yaml;
    for (const p of yaml.processes) expect(csv.processes.find((q) => q.id === p.id)?.business_case, p.id).toEqual(p.business_case);
  });

  it('table, markdown and csv gain saving and payback', async () => {
    const table = await runInProcess(['score', agency]);
    expect(table.stdout).toContain('Saving/yr');
    expect(table.stdout).toContain('€132,048');
    expect(table.stdout).toContain('4.1 months');
    const md = await runInProcess(['score', agency, '--format', 'markdown']);
    expect(md.stdout).toContain('| Saving / year | Payback |');
    expect(md.stdout).toMatch(/\| €132,048 \| 4\.1 months \|/);
    const csv = await runInProcess(['score', agency, '--format', 'csv']);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header?.endsWith(',currency,annual_saving,payback_months,npv')).toBe(true);
    expect(rows.find((r) => r.startsWith('ad-adaptations,'))?.endsWith(',EUR,132048.00,4.1,287362.18')).toBe(true);
    expect(rows.find((r) => r.startsWith('brand-strategy,'))?.endsWith(',,,,')).toBe(true);
  });

  it('--explain shows the arithmetic line by line, and the defaults it rests on', async () => {
    const r = await runInProcess(['score', agency, '--explain', 'ad-adaptations']);
    expect(r.stdout).toContain('Business case (EUR)');
    // Long explanations wrap under their column: compare with runs of white space as one.
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('in-house a year €292,320.00 volume.hours_per_month 420 × 12 × rates.in_house_hourly 58');
    expect(text).toContain('vendor a year €151,200.00 3 seats × rates.seat_monthly 4200 × 12 (resource support)');
    expect(text).toContain('governance share 6 % default 6 %, from Blunden and Thirlwell');
    expect(text).toContain('annual saving €132,048.00 = in-house €292,320.00 - vendor €151,200.00 - governance €9,072.00');
    expect(text).toContain('payback 4.1 months = transition €45,000.00 / (saving €132,048.00 / 12)');
    expect(text).toContain('NPV €287,362.18 = -€45,000.00 + €132,048.00 × 2.5771 (years 1-3 at 8 %) - €10,000.00 × 0.7938');
    expect(r.stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
    const md = await runInProcess(['score', agency, '--explain', 'web-maintenance', '--format', 'markdown']);
    expect(md.stdout).toContain('## Business case');
    expect(md.stdout).toContain('None yet: missing cost.in\\_house\\_annual');
  });

  it('--sensitivity adds the break-even vendor price and what the NPV hangs on most', async () => {
    const r = await runInProcess(['score', agency, '--explain', 'ad-adaptations', '--sensitivity']);
    expect(r.stdout).toMatch(/break-even vendor price: €\d{3},\d{3}\.\d\d a year \(today €151,200\.00\)/);
    expect(r.stdout).toContain('the NPV hangs most on the in-house cost');
    const json = JSON.parse((await runInProcess(['score', agency, '--format', 'json', '--sensitivity'])).stdout) as {
      processes: { id: string; business_case?: { sensitivity?: { most_sensitive_to: string } } }[];
    };
    expect(json.processes.find((p) => p.id === 'ad-adaptations')?.business_case?.sensitivity?.most_sensitive_to).toBe('in_house_annual');
    // (292,320 - (45,000 + 10,000 / 1.08³) / 2.5770970) / 1.06 = 256,394.49
    // On a wide terminal the table has room for money beside "what would change it"; on a narrow one it says where to find it.
    const table = (await runInProcess(['score', agency, '--sensitivity'], { columns: 150 })).stdout;
    expect(table).toContain('break-even');
    expect(table).toContain('€256,394');
    expect((await runInProcess(['score', agency, '--sensitivity'], { columns: 100 })).stdout).toContain('saving and payback left out to fit the terminal');
    expect((await runInProcess(['score', agency, '--sensitivity', '--format', 'markdown'])).stdout).toContain('| €132,048 | 4.1 months; break-even €256,394 |');
  });

  it('an inventory without money prints exactly what it did before', async () => {
    const text = readFileSync(join(repoRoot, 'examples/it-services.yaml'), 'utf8');
    expect(text).not.toMatch(/^currency:/m);
    for (const format of ['table', 'json', 'csv', 'markdown']) {
      const r = await runInProcess(['score', 'examples/it-services.yaml', '--format', format]);
      expect(r.stdout).not.toMatch(/business_case|Saving|annual_saving|payback/i);
    }
  });
});
