/** rules/catalogue.yaml and rules/metrics.yaml: valid, and grounded in the seed articles they cite. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jsYaml from 'js-yaml';
import { metricsFor, quickCatalogues } from '../../src/core/interview/catalogue.js';
import { loadCatalogues } from '../../src/core/interview/catalogue-schema.js';
import { tokenize } from '../../src/core/interview/similar.js';
import { fixture, repoRoot } from '../helpers/paths.js';
import { shippedCatalogues } from './scripted.js';

/** The passages of the source articles the catalogue's names come from, kept in the repository so the test reads nothing outside it. */
const seedText = (n: string): string => readFileSync(fixture('assess', 'seed-excerpts', `${n}.txt`), 'utf8').toLowerCase();
const read = (name: string) => ({ file: `rules/${name}`, text: readFileSync(join(repoRoot, 'rules', name), 'utf8') });

describe('what peers commonly outsource (rules/catalogue.yaml)', () => {
  const { suggestions } = shippedCatalogues();

  it('names its source article (by key: 000, 002 or 003) for every suggestion; its reason never cites the file number', () => {
    expect(suggestions.length).toBeGreaterThanOrEqual(12);
    for (const s of suggestions) {
      expect(['000', '002', '003']).toContain(s.seed);
      expect(s.why).not.toMatch(/\(00\d/);
    }
  });

  it('names each suggestion with words its seed uses', () => {
    for (const s of suggestions) {
      const text = seedText(s.seed);
      const words = tokenize(s.name).filter((t) => t.weight === 1);
      expect(
        words.some((w) => text.includes(w.stem.slice(0, Math.max(3, w.stem.length - 2)))),
        `${s.name} (seed ${s.seed})`,
      ).toBe(true);
    }
  });

  it("covers the work the seeds name: 000's creative and digital upkeep, 002's IT operations, 003's social media execution", () => {
    const names = suggestions.map((s) => s.name.toLowerCase()).join(' | ');
    for (const word of [
      'ad adaptations',
      'btl',
      'newsletter',
      'catalogue',
      'seo',
      'blog',
      'pitch',
      'help desk',
      'systems administration',
      'social media execution',
    ]) {
      expect(names).toContain(word);
    }
  });
});

describe('metrics by function (rules/metrics.yaml)', () => {
  const catalogues = shippedCatalogues();

  it('names its source article (by key: 001, 002 or 004) for every metric; its help never cites the file number', () => {
    for (const [id, m] of catalogues.metrics) {
      expect(['001', '002', '004'], id).toContain(m.seed);
      expect(m.help, id).not.toMatch(/\(00\d/);
    }
  });

  it('offers turnaround, cost per unit, error rate, on-time delivery and satisfaction', () => {
    const names = [...catalogues.metrics.values()].map((m) => m.name);
    for (const name of ['turnaround', 'cost per unit', 'error rate', 'on-time delivery', 'satisfaction']) expect(names).toContain(name);
  });

  it('proposes the metrics of a function, whatever its case, and the default list otherwise', () => {
    expect(metricsFor(catalogues, 'IT Operations').map((m) => m.name)).toEqual([
      'ticket resolution time',
      'availability',
      'error rate',
      'satisfaction',
      'cost per unit',
    ]);
    expect(metricsFor(catalogues, 'finance').map((m) => m.name)).toEqual(['turnaround', 'cost per unit', 'error rate', 'on-time delivery', 'satisfaction']);
    expect(metricsFor(catalogues, undefined)).toEqual(metricsFor(catalogues, 'finance'));
  });

  it('never proposes cost alone (4 Things Digital Marketers Can Learn from IT Outsourcing: "your mess for less")', () => {
    for (const fn of [...catalogues.functions.keys(), undefined]) {
      const names = metricsFor(catalogues, fn).map((m) => m.name);
      expect(
        names.some((n) => n !== 'cost per unit'),
        String(fn),
      ).toBe(true);
    }
  });
});

describe('loadCatalogues', () => {
  it('rejects a function that names an unknown metric, with a suggestion', () => {
    const metrics = read('metrics.yaml');
    const broken = { ...metrics, text: metrics.text.replace('creative production: [turnaround,', 'creative production: [turnaroud,') };
    const result = loadCatalogues(read('catalogue.yaml'), broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toBe('functions.creative production: unknown metric "turnaroud" (did you mean "turnaround"?)');
  });

  it('points at the line of a schema error', () => {
    const catalogue = read('catalogue.yaml');
    const broken = { ...catalogue, text: catalogue.text.replace("seed: '000'", "seed: 'zero'") };
    const result = loadCatalogues(broken, read('metrics.yaml'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const line = catalogue.text.split('\n').findIndex((l) => l.includes("seed: '000'")) + 1;
      expect(result.errors[0]).toMatchObject({ file: 'rules/catalogue.yaml', line });
      expect(result.errors[0]!.message).toContain('must be a seed number');
    }
  });
});

describe('quickCatalogues (the first question, before the schema library loads)', () => {
  const load = (name: string): unknown => jsYaml.load(read(name).text, { schema: jsYaml.CORE_SCHEMA });

  it('reads the shipped files exactly as the full validation does', () => {
    expect(quickCatalogues(load('catalogue.yaml'), load('metrics.yaml'))).toEqual(shippedCatalogues());
  });

  it('gives up on files that do not look right, so the full validation can say why', () => {
    const catalogue = load('catalogue.yaml') as { steps: Record<string, unknown>; suggestions: Record<string, Record<string, unknown>> };
    expect(quickCatalogues(null, load('metrics.yaml'))).toBeUndefined();
    expect(quickCatalogues({ ...catalogue, steps: { 1: catalogue.steps[1] } }, load('metrics.yaml'))).toBeUndefined();
    expect(quickCatalogues({ ...catalogue, suggestions: { seo: { name: 'SEO' } } }, load('metrics.yaml'))).toBeUndefined();
    expect(quickCatalogues(catalogue, { ...(load('metrics.yaml') as object), default: 'turnaround' })).toBeUndefined();
  });
});
