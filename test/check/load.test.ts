import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRoadmap } from '../../src/core/roadmap/load.js';
import { checkFixture } from './harness.js';

/** The roadmap loader: a file that cannot be checked is an error with file, line, column and the structural rule. */
function errorsOf(name: string) {
  const text = readFileSync(checkFixture('broken', name), 'utf8');
  const result = loadRoadmap(text, name);
  if (result.ok) throw new Error(`${name} loaded, but should not`);
  return result.errors.map((e) => `${e.line ?? '-'}:${e.column ?? '-'} ${e.message}`);
}

describe('loadRoadmap', () => {
  it('bad YAML: one error at the place the parser gave up [yaml-syntax]', () => {
    const [error, ...rest] = errorsOf('bad-yaml.yaml');
    expect(rest).toEqual([]);
    expect(error).toMatch(/^6:1 .*\[yaml-syntax\]$/);
  });

  it('a duplicate key: at the second key [duplicate-key]', () => {
    expect(errorsOf('duplicate-key.yaml')).toEqual(['7:5 duplicate key: each key may appear only once in a mapping [duplicate-key]']);
  });

  it('a wrong type: at the value, naming the field [schema]', () => {
    expect(errorsOf('wrong-type.yaml')).toEqual(['6:11 items[0].wave: expected number, got "two" [schema]']);
  });

  it('an unknown key: at the key, with the likely one', () => {
    expect(errorsOf('unknown-key.yaml')).toEqual(['9:5 items[0]: unknown key "ip-owner" (did you mean "ip_owner"?) [schema]']);
  });

  it('a value outside its list: says which values are allowed', () => {
    expect(errorsOf('bad-enum.yaml')).toEqual(['7:17 items[0].engagement: "per-seat" is not one of "resource-support", "project-support" [schema]']);
  });

  it('no inventory: key, an empty file, a list instead of a mapping', () => {
    expect(errorsOf('no-inventory-key.yaml')).toEqual(['1:1 inventory: is required (string) [schema]']);
    expect(errorsOf('empty.yaml')[0]).toMatch(/^1:1 the file is empty/);
    expect(errorsOf('not-a-mapping.yaml')[0]).toMatch(/^1:1 a roadmap must be a mapping/);
  });

  it('accepts the example roadmaps and the starter template', () => {
    for (const path of ['examples/roadmap.yaml', 'examples/roadmap-broken.yaml', 'templates/roadmap.yaml']) {
      const result = loadRoadmap(readFileSync(path, 'utf8'), path);
      expect(result.ok, path).toBe(true);
    }
  });

  it('empty values that a check explains better are not schema errors', () => {
    const result = loadRoadmap(
      'inventory: x.yaml\nowner:\nreview:\nvendors:\n  a:\nitems:\n  - { process: p, vendor: a, wave: 1, engagement: project-support, location: onshore, slas:, ip_owner: }\n',
      'r.yaml',
    );
    expect(result.ok).toBe(true);
  });

  it('a hostile file (deep nesting) gives one clear line, not a parser dump', () => {
    const result = loadRoadmap(`inventory: x.yaml\nitems: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'deep.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual(['2:107 the file is nested too deeply to read [yaml-syntax]']);
  });

  it('a hostile file (alias bomb) gives a clear error', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    const result = loadRoadmap(bomb, 'bomb.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/alias/);
  });
});
