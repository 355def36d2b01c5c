import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/core/inventory/load.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { defaultMethod, methodFrom, rulesErrors } from '../helpers/method.js';
import { passingAnswers } from '../helpers/inventory.js';

const method = defaultMethod();
const answers = Object.entries(passingAnswers())
  .map(([k, v]) => `      ${k}: ${String(v)}`)
  .join('\n');

const yaml = (head: string, cost: string) => `${head}processes:
  - id: billing
    name: Billing
    answers:
${answers}
${cost}`;

function errors(text: string, file = 'inv.yaml'): string[] {
  const r = loadInventory(text, file, method);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatDiagnostic);
}

describe('money inputs: currency, rates and cost', () => {
  it('reads currency, rates and cost from YAML', () => {
    const text = yaml(
      'currency: EUR\nrates: { in_house_hourly: 55, vendor_hourly: 32.5, seat_monthly: 3900 }\n',
      '    cost: { transition: 12000, exit: 3000, governance_share: 0.1, term_years: 4 }\n',
    );
    const r = loadInventory(text, 'inv.yaml', method);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.currency).toBe('EUR');
    expect(r.value.rates).toEqual({ in_house_hourly: 55, vendor_hourly: 32.5, seat_monthly: 3900 });
    expect(r.value.processes[0]?.cost).toEqual({ transition: 12000, exit: 3000, governance_share: 0.1, term_years: 4 });
  });

  it('reads the same from JSON', () => {
    const text = JSON.stringify({
      currency: 'USD',
      rates: { seat_monthly: 4000 },
      processes: [{ id: 'a', name: 'A', answers: passingAnswers(), cost: { in_house_annual: 90000 } }],
    });
    const r = loadInventory(text, 'inv.json', method);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.currency).toBe('USD');
    expect(r.value.processes[0]?.cost?.in_house_annual).toBe(90000);
  });

  it('refuses a negative amount where it stands', () => {
    const [e] = errors(yaml('currency: EUR\n', '    cost: { transition: -5 }\n'));
    expect(e).toMatch(/^inv\.yaml:21:\d+: processes\[0\]\.cost\.transition: -5 is out of range: must be at least 0/);
  });

  it('refuses a share outside 0-1 and a term of 0', () => {
    expect(errors(yaml('currency: EUR\n', '    cost: { governance_share: 1.5 }\n'))[0]).toMatch(/:21:\d+: .*1.5 is out of range: must be at most 1/);
    expect(errors(yaml('currency: EUR\n', '    cost:\n      term_years: 0\n'))[0]).toMatch(/^inv\.yaml:22:19: .*must be at least 1/);
  });

  it('refuses a negative rate and an unknown currency', () => {
    expect(errors(yaml('currency: EUR\nrates:\n  seat_monthly: -1\n', ''))[0]).toMatch(
      /^inv\.yaml:3:17: rates\.seat_monthly: -1 is out of range: must be at least 0/,
    );
    expect(errors(yaml('currency: eur\n', ''))[0]).toMatch(/^inv\.yaml:1:11: currency: currency must be an ISO 4217 code/);
    expect(errors(yaml('currency: XQZ\n', ''))[0]).toMatch(/^inv\.yaml:1:11: currency: currency is not an ISO 4217 code/);
  });

  it('refuses money without a currency, at the first amount', () => {
    expect(errors(yaml('', '    cost:\n      in_house_annual: 50000\n'))[0]).toBe(
      'inv.yaml:21:24: processes[0].cost.in_house_annual: amounts need a currency: add currency: (an ISO 4217 code such as EUR) at the top of the file',
    );
    expect(errors(yaml('rates:\n  in_house_hourly: 50\n', ''))[0]).toMatch(/^inv\.yaml:2:3: rates: amounts need a currency/);
  });

  it('suggests the key meant for a misspelt cost field', () => {
    expect(errors(yaml('currency: EUR\n', '    cost: { transtion: 5 }\n'))[0]).toMatch(/unknown key "transtion".*transition/);
  });
});

describe('money and volume columns in CSV', () => {
  const criteria = Object.keys(passingAnswers());
  const row = Object.values(passingAnswers()).map(String);
  const csv = (extra: string[], cells: string[][]) =>
    `${['id', 'name', ...criteria, ...extra].join(',')}\n${cells.map((c, i) => [`p${i}`, `P ${i}`, ...row, ...c].join(',')).join('\n')}\n`;

  it('reads volume, cost, rates and currency columns named by their YAML path', () => {
    const text = csv(
      ['volume.hours_per_month', 'volume.pattern', 'cost.transition', 'cost.governance_share', 'currency', 'rates.in_house_hourly', 'rates.seat_monthly'],
      [
        ['300', 'steady', '15000', '0.05', 'GBP', '48.5', '3600'],
        ['', '', '', '', '', '', ''],
      ],
    );
    const r = loadInventory(text, 'inv.csv', method);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.currency).toBe('GBP');
    expect(r.value.rates).toEqual({ in_house_hourly: 48.5, seat_monthly: 3600 });
    expect(r.value.processes[0]?.volume).toEqual({ hours_per_month: 300, pattern: 'steady' });
    expect(r.value.processes[0]?.cost).toEqual({ transition: 15000, governance_share: 0.05 });
    expect(r.value.processes[1]?.volume).toBeUndefined();
    expect(r.value.processes[1]?.cost).toBeUndefined();
  });

  it('puts errors on the cell: a negative amount, a word for a number, a second currency', () => {
    const col = criteria.length + 3;
    const neg = errors(csv(['currency', 'cost.exit'], [['EUR', '-3']]), 'inv.csv')[0];
    expect(neg).toMatch(new RegExp(`^inv\\.csv:2:\\d+: processes\\[0\\]\\.cost\\.exit: -3 is out of range: must be at least 0`));
    const at = /:2:(\d+):/.exec(neg ?? '')?.[1];
    expect(Number(at)).toBeGreaterThan(col * 2);
    expect(errors(csv(['currency', 'volume.hours_per_month', 'volume.pattern'], [['EUR', 'lots', 'steady']]), 'inv.csv')[0]).toMatch(
      /^inv\.csv:2:\d+: processes\[0\]\.volume\.hours_per_month: /,
    );
    expect(errors(csv(['currency'], [['EUR'], ['USD']]), 'inv.csv')[0]).toMatch(
      /^inv\.csv:3:\d+: currency is one value for the whole file: this row says "USD", an earlier row "EUR"/,
    );
    expect(errors(csv(['cost.in_house_annual'], [['100']]), 'inv.csv')[0]).toMatch(
      /^inv\.csv:2:\d+: processes\[0\]\.cost\.in_house_annual: amounts need a currency/,
    );
  });

  it('still refuses an unknown column, and suggests the money column meant', () => {
    expect(errors(csv(['cost.transtion'], [['1']]), 'inv.csv')[0]).toMatch(/unknown column "cost\.transtion".*cost\.transition/);
  });
});

describe('money defaults in the rules', () => {
  it('has cited defaults, and a rules file may override them', () => {
    expect(defaultMethod().money).toMatchObject({ governance_share: 0.06, term_years: 3, discount_rate: 0.08 });
    expect(defaultMethod().money?.governance_share_source).toMatch(/Mastering Risk Management/);
    expect(methodFrom('extends: default\nmoney:\n  term_years: 5\n').money).toMatchObject({ governance_share: 0.06, term_years: 5 });
    // A share of one's own does not borrow the default's citation.
    expect(methodFrom('extends: default\nmoney:\n  governance_share: 0.08\n').money?.governance_share_source).toBeUndefined();
    expect(methodFrom('extends: default\nmoney:\n  governance_share: 0.08\n  governance_share_source: our VMO\n').money?.governance_share_source).toBe(
      'our VMO',
    );
    expect(rulesErrors('extends: default\nmoney:\n  discount_rate: -0.1\n')[0]?.message).toMatch(/discount_rate: -0.1 is out of range: must be at least 0/);
  });
});
