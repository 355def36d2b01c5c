import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasYamlMark } from '../../src/core/parse/yaml-marks.js';

const ANCHOR = /(?:^|[\s,[{:-])&[^\s,\]}]/m;
const ALIAS = /(?:^|[\s,[{:-])\*[^\s,\]}]/m;
const textArb = fc.string({
  unit: fc.constantFrom('&', '*', 'a', ' ', '\n', '\r', '\t', '\u2028', ',', '[', ']', '{', '}', ':', '-', 'x', '\u00a0', '\uD83D'),
});

describe('hasYamlMark', () => {
  it('finds an anchor or alias exactly where the regular expression does', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(hasYamlMark(text, '&')).toBe(ANCHOR.test(text));
        expect(hasYamlMark(text, '*')).toBe(ALIAS.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('sees the anchor and alias of a real file', () => {
    expect(hasYamlMark('base: &b { x: 1 }\nother: *b\n', '&')).toBe(true);
    expect(hasYamlMark('base: &b { x: 1 }\nother: *b\n', '*')).toBe(true);
    expect(hasYamlMark('name: R&D * 2\n', '&')).toBe(false);
  });
});
