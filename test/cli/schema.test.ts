/**
 * `outsource schema`, and the generated schemas/ files that editors use, kept identical to its output.
 * In-process, except the default schema, which spawns the binary as a user runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

const KINDS = ['inventory', 'rules', 'roadmap'] as const;
const committed = (kind: string) => readFileSync(join(repoRoot, 'schemas', `${kind}.schema.json`), 'utf8');
const yamlFile = (path: string) => parse(readFileSync(join(repoRoot, path), 'utf8')) as unknown;

async function schemaOf(kind: string): Promise<Record<string, unknown>> {
  const r = await runInProcess(['schema', kind]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('outsource schema', () => {
  for (const kind of KINDS) {
    it(`schema ${kind} prints a draft 2020-12 JSON Schema that ajv compiles in strict mode`, async () => {
      const schema = await schemaOf(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://outsource.dev/schemas/${kind}.schema.json`);
      expect(() => new Ajv2020({ strict: true, allErrors: true }).compile(schema)).not.toThrow();
    });

    it(`schemas/${kind}.schema.json is exactly what the command prints (regenerate with npm run schemas)`, async () => {
      const r = await runInProcess(['schema', kind]);
      expect(r.code).toBe(0);
      expect(committed(kind)).toBe(r.stdout);
    });
  }

  it('defaults to the inventory schema', async () => {
    const r = await runBin(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(committed('inventory'));
  });

  it('the inventory schema accepts the examples and the starter template, and rejects bad answers', async () => {
    const validate = new Ajv2020({ allErrors: true }).compile(await schemaOf('inventory'));
    for (const file of ['examples/agency.yaml', 'examples/it-services.yaml', 'templates/inventory.yaml', 'test/fixtures/core/inventory/small.yaml']) {
      expect(validate(yamlFile(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const bad = [
      { processes: [{ id: 'a', name: 'A', answers: { risk: 6 } }] },
      { processes: [{ id: 'a', name: 'A', answers: { regulated: 'yes' } }] },
      { processes: [{ id: 'a', name: 'A', answers: { rsik: 2 } }] },
      { processes: [{ id: 'Bad_Id', name: 'A' }] },
      { organisation: 'no list' },
    ];
    for (const doc of bad) expect(validate(doc), JSON.stringify(doc)).toBe(false);
  });

  it('the rules schema accepts the default method and rejects a zero weight and an unknown key', async () => {
    const validate = new Ajv2020({ allErrors: true }).compile(await schemaOf('rules'));
    const method = yamlFile('rules/default.yaml') as { criteria: Record<string, { priority?: { weight: number } }>; [key: string]: unknown };
    expect(validate(method), JSON.stringify(validate.errors)).toBe(true);
    const zero = structuredClone(method);
    zero.criteria.benefit!.priority!.weight = 0;
    expect(validate(zero)).toBe(false);
    expect(validate({ ...method, critera: {} })).toBe(false);
  });

  it('an unknown kind exits 2 and names the choices', async () => {
    const r = await runInProcess(['schema', 'roadmapp']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("'roadmapp' is invalid");
  });
});
