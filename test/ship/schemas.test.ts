/** Schemas that editors and other tools use: shipped in schemas/, referenced by the init templates, matching what the commands accept and print. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { validatorFor } from '../helpers/json-schema.js';
import { fixture, repoRoot } from '../helpers/paths.js';

const read = (...parts: string[]) => readFileSync(join(repoRoot, ...parts), 'utf8');

describe('schemas for editors', () => {
  for (const kind of ['vendors', 'matrix', 'config']) {
    it(`schemas/${kind}.schema.json is what outsource schema ${kind} prints, and compiles strictly`, async () => {
      const r = await runInProcess(['schema', kind]);
      expect(r.code).toBe(0);
      expect(read('schemas', `${kind}.schema.json`)).toBe(r.stdout);
      expect(() => new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(r.stdout) as object)).not.toThrow();
    });
  }

  it('the vendors schema accepts the example; the matrix schema accepts a comparisons file and rejects a typo', () => {
    const vendors = new Ajv2020({ allErrors: true }).compile(JSON.parse(read('schemas', 'vendors.schema.json')) as object);
    expect(vendors(parse(read('examples', 'vendors.yaml'))), JSON.stringify(vendors.errors)).toBe(true);
    const matrix = new Ajv2020({ allErrors: true }).compile(JSON.parse(read('schemas', 'matrix.schema.json')) as object);
    const comparisons = { criteria: ['benefit', 'risk'], comparisons: [['benefit', 'risk', '1/3']] };
    expect(matrix(comparisons), JSON.stringify(matrix.errors)).toBe(true);
    expect(matrix({ ...comparisons, comparison: [] })).toBe(false);
  });

  it('the init templates point at schemas that the installed package holds', () => {
    const files = (JSON.parse(read('package.json')) as { files: string[] }).files;
    expect(files).toContain('schemas');
    for (const template of ['inventory.yaml', 'roadmap.yaml']) {
      const first = read('templates', template).split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=\.\/node_modules\/outsource\/(schemas\/[a-z]+\.schema\.json)$/.exec(first);
      expect(match, first).not.toBeNull();
      expect(() => read(match![1]!)).not.toThrow();
    }
  });
});

describe('every example points its editor at a schema that exists', () => {
  it('the yaml-language-server comment of each example resolves from the file, and the file validates against it', () => {
    const examples = ['agency.yaml', 'it-services.yaml', 'roadmap.yaml', 'vendors.yaml'];
    for (const name of examples) {
      const first = read('examples', name).split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(\.\.\/schemas\/[a-z]+\.schema\.json)$/.exec(first);
      expect(match, `${name}: ${first}`).not.toBeNull();
      const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(read('examples', match![1]!)) as object);
      expect(validate(parse(read('examples', name))), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('output schemas ship in schemas/, and JSON outputs carry their version', () => {
  it('score --format json validates against the contract and the shipped schema', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '-f', 'json']);
    const out = JSON.parse(r.stdout) as { version: number };
    expect(out.version).toBe(1);
    for (const schema of ['test/schemas/score-output.schema.json', 'schemas/score-output.schema.json']) {
      const validate = validatorFor(schema);
      expect(validate(out), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('track --format json validates against the shipped schema, and the schema is not a rubber stamp', async () => {
    const r = await runInProcess(['track', 'examples/roadmap.yaml', 'examples/actuals.csv', '-f', 'json']);
    const out = JSON.parse(r.stdout) as { version: number; slas: { status: string }[] };
    expect(out.version).toBe(1);
    const validate = validatorFor('schemas/track-output.schema.json');
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...out, slas: [{ ...out.slas[0], status: 'purple' }] })).toBe(false);
  });

  it('check --format json validates against both, with and without a baseline', async () => {
    const r = await runInProcess(['check', 'examples/roadmap-broken.yaml', fixture('check', 'rules', 'unused-vendor.fail.yaml'), '-f', 'json']);
    const out = JSON.parse(r.stdout) as { version: number };
    expect(out.version).toBe(1);
    for (const schema of ['test/schemas/check-output.schema.json', 'schemas/check-output.schema.json']) {
      const validate = validatorFor(schema);
      expect(validate(out), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
