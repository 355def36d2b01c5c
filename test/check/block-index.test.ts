import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { indexBlockYaml } from '../../src/core/parse/block-index.js';
import { parsePositioned } from '../../src/core/parse/yaml-document.js';
import { repoRoot } from '../helpers/paths.js';

/** Every path of a parsed value, with the root. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });

/** The index must agree with the positioned parser wherever it answers; it may decline, never differ. */
function agreement(text: string) {
  const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  const exact = parsePositioned(text, 'f.yaml');
  if (!exact.ok) throw new Error('not valid YAML');
  const index = indexBlockYaml(text, value);
  let answered = 0;
  const differences: string[] = [];
  for (const path of pathsOf(value)) {
    for (const key of [false, true]) {
      const quick = index?.find(path, key);
      if (!quick) continue;
      answered++;
      const slow = exact.value.locate(path, key);
      if (quick.line !== slow?.line || quick.column !== slow.column)
        differences.push(`${JSON.stringify(path)}${key ? ' (key)' : ''}: ${quick.line}:${quick.column} vs ${slow?.line}:${slow?.column}`);
    }
  }
  return { index, answered, differences };
}

describe('indexBlockYaml: positions without the full parser', () => {
  const files = [
    ...yamlFiles(join(repoRoot, 'test', 'fixtures', 'check')),
    ...['roadmap.yaml', 'roadmap-broken.yaml', 'agency.yaml', 'it-services.yaml'].map((f) => join(repoRoot, 'examples', f)),
    join(repoRoot, 'templates', 'roadmap.yaml'),
    join(repoRoot, 'rules', 'default.yaml'),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let valid = true;
    try {
      jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
      valid = parsePositioned(text, file).ok;
    } catch {
      valid = false;
    }
    if (!valid) continue;
    it(`agrees with the positioned parser on ${relative(repoRoot, file)}`, () => {
      expect(agreement(text).differences).toEqual([]);
    });
  }

  it('answers for every item, field and SLA of a block-style roadmap', () => {
    const text = readFileSync(join(repoRoot, 'examples', 'roadmap-broken.yaml'), 'utf8');
    const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { items: Record<string, unknown>[]; waivers: Record<string, unknown>[] };
    const index = indexBlockYaml(text, value);
    expect(index).toBeDefined();
    value.items.forEach((item, i) => {
      expect(index?.find(['items', i])).toBeDefined();
      for (const field of Object.keys(item)) {
        expect(index?.find(['items', i, field]), `items[${i}].${field}`).toBeDefined();
        expect(index?.find(['items', i, field], true), `items[${i}].${field} (key)`).toBeDefined();
      }
    });
    value.waivers.forEach((_, i) => expect(index?.find(['waivers', i, 'rule'])).toBeDefined());
    expect(agreement(text).answered).toBeGreaterThan(200);
  });

  it('declines what it does not read: multi-line flow, anchors, multi-line quotes, nested dashes', () => {
    for (const text of ['a: { b: 1,\n  c: 2 }\n', 'a: &x 1\nb: *x\n', 'a: "one\n  two"\n', 'a:\n  - - 1\n', '- 1\n', '  a: 1\n']) {
      expect(indexBlockYaml(text, jsYaml.load(text)), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees on the awkward corners it does read', () => {
    const text = [
      '---',
      '# comment',
      'a:   # trailing comment',
      '  b: "quoted: value" # c',
      "  'c d': 'it''s'",
      '  e: |',
      '    block',
      '    # not a comment',
      '  f: [1, { g: "}" }]   # flow',
      'list:',
      '- x',
      '-   y: 1',
      '    z:',
      '      - 2',
      'after: end',
      'empty:',
      'crlf: yes\r',
      '',
    ].join('\n');
    const { index, differences, answered } = agreement(text);
    expect(index).toBeDefined();
    expect(differences).toEqual([]);
    expect(answered).toBeGreaterThan(15);
  });
});
