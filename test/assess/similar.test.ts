/** Step 1: near-duplicate process names. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNearDuplicates, MERGE_THRESHOLD, nameSimilarity, sameWord, stemLite, tokenize } from '../../src/core/interview/similar.js';

describe('stemLite', () => {
  it.each([
    ['newsletters', 'newsletter'],
    ['catalogues', 'catalogue'],
    ['agencies', 'agency'],
    ['boxes', 'box'],
    ['campaigns', 'campaign'],
    ['optimization', 'optimisation'],
    ['optimizing', 'optimis'],
    ['process', 'process'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['proofreading', 'proofread'],
  ])('%s -> %s', (word, stem) => expect(stemLite(word)).toBe(stem));
});

describe('tokenize', () => {
  it('drops case, accents, punctuation and stop words, and weighs qualifiers low', () => {
    expect(tokenize('Newsletters – EMEA')).toEqual([
      { stem: 'newsletter', weight: 1 },
      { stem: 'emea', weight: 0.3 },
    ]);
    expect(tokenize('Rédaction of the Catalogue & the Catalogues')).toEqual([
      { stem: 'redaction', weight: 1 },
      { stem: 'catalogue', weight: 1 },
    ]);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('sameWord', () => {
  it('forgives a typo or a spelling variant in longer words only', () => {
    expect(sameWord('newsletter', 'newsleter')).toBe(true);
    expect(sameWord('catalog', 'catalogue')).toBe(true);
    expect(sameWord('seo', 'sem')).toBe(false);
    expect(sameWord('print', 'point')).toBe(true);
    expect(sameWord('ad', 'ads')).toBe(false);
  });
});

describe('nameSimilarity', () => {
  const near: [string, string][] = [
    ['Newsletter production', 'newsletters – EMEA'],
    ['Print ad adaptations', 'Digital ad adaptations'],
    ['SEO', 'SEO for client sites'],
    ['IT help desk', 'Help desk'],
    ['Catalog updates', 'Catalogue updates'],
    ['Social media monitoring', 'social-media monitoring (weekly)'],
  ];
  const apart: [string, string][] = [
    ['Social media execution', 'Social media strategy'],
    ['Newsletter production', 'Email newsletter distribution'],
    ['Blog upkeep', 'Blog writing'],
    ['SEO', 'Pitch support'],
    ['Client invoicing', 'Client onboarding'],
  ];
  it.each(near)('"%s" and "%s" are offered for merging', (a, b) => expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(MERGE_THRESHOLD));
  it.each(apart)('"%s" and "%s" are not', (a, b) => expect(nameSimilarity(a, b)).toBeLessThan(MERGE_THRESHOLD));

  it('is symmetric, between 0 and 1, and 1 for the same name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const ab = nameSimilarity(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1 + 1e-9);
        expect(Math.abs(ab - nameSimilarity(b, a))).toBeLessThan(1e-9);
        if (tokenize(a).length > 0) expect(nameSimilarity(a, a)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('findNearDuplicates', () => {
  it('lists each alike pair once, in list order', () => {
    const items = [
      { id: 'a', name: 'Newsletter production' },
      { id: 'b', name: 'SEO' },
      { id: 'c', name: 'Newsletters EMEA' },
      { id: 'd', name: 'SEO upkeep' },
      { id: 'e', name: 'Pitch support' },
    ];
    expect(findNearDuplicates(items).map((p) => [p.a, p.b])).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('finds the same pairs as comparing every pair', () => {
    const words = ['newsletter', 'newsletters', 'catalog', 'catalogue', 'seo', 'blog', 'social', 'media', 'emea', 'production', 'support', 'pitch'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (names) => {
        const items = names.map((n, i) => ({ id: `p${i}`, name: n.join(' ') }));
        const brute: string[] = [];
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++)
            if (nameSimilarity(items[i]!.name, items[j]!.name) >= MERGE_THRESHOLD) brute.push(`${items[i]!.id}|${items[j]!.id}`);
        expect(findNearDuplicates(items).map((p) => `${p.a}|${p.b}`)).toEqual(brute);
      }),
    );
  });
});
