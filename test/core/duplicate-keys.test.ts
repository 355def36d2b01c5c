import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { firstDuplicateKey } from '../../src/core/parse/duplicate-keys.js';
import { parsePositioned } from '../../src/core/parse/yaml-document.js';

/** The first in the file of the duplicate keys the `yaml` package's own (quadratic) check finds: the oracle. */
function oracle(text: string): number | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, merge: false });
  const at = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
  return at.length === 0 ? undefined : Math.min(...at);
}

function ours(text: string): number | undefined {
  return firstDuplicateKey(parseDocument(text, { uniqueKeys: false, strict: true, merge: false }))?.range?.[0];
}

describe('the first duplicate key of a YAML document', () => {
  it.each([
    ['none', 'a: 1\nb: 2\n'],
    ['top level', 'a: 1\nb: 2\na: 3\n'],
    ['nested, before a later top-level duplicate', 'a:\n  x: 1\n  x: 2\nb: 1\nb: 2\n'],
    ['top level, before a later nested duplicate', 'a: 1\na: 2\nb:\n  x: 1\n  x: 2\n'],
    ['in a sequence item', 'list:\n  - id: 1\n    id: 2\n'],
    ['in a flow mapping', 'a: { x: 1, y: 2, x: 3 }\n'],
    ['the same number written twice', '1: a\n1.0: b\n'],
    ['a string and a number are different keys', '"1": a\n1: b\n'],
    ['a collection as a key is never a duplicate', '? [a]\n: 1\n? [a]\n: 2\n'],
    ['inside a collection used as a key', '? { k: 1, k: 2 }\n: v\n'],
    ['.nan keys are never equal', '.nan: a\n.nan: b\n'],
  ])('%s: the first of those the yaml package finds', (_, text) => {
    expect(ours(text)).toBe(oracle(text));
  });

  it('matches the yaml package on generated nested mappings', () => {
    const key = fc.constantFrom('a', 'b', 'c', '1', 'x');
    const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.integer({ min: 0, max: 9 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }),
      ),
    })).node;
    // Mappings are written in flow style from [key, value] pairs, so a key may repeat.
    const write = (node: unknown): string => {
      if (!Array.isArray(node)) return String(node);
      if (node.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && e[0].length === 1))
        return `{ ${node.map(([k, v]) => `${k}: ${write(v)}`).join(', ')} }`;
      return `[ ${node.map(write).join(', ')} ]`;
    };
    fc.assert(
      fc.property(tree, (node) => {
        const text = `${write(node)}\n`;
        expect(ours(text)).toBe(oracle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a file of many keys in time that grows with its size, with the place of the first duplicate', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`);
    lines.push('k7: 2');
    const result = parsePositioned(`${lines.join('\n')}\n`, 'keys.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 20_001, column: 1, message: expect.stringMatching(/^duplicate key/) });
  });
});
