/**
 * Inputs that used to cost quadratic time or overflow the stack: 70,000
 * empty column names (crashed on spreading the errors), 100,000 unknown
 * columns (97 s), 100,000 `# outsource-ignore` comments (68 s), a CSV
 * symlinked to a secret (printed its first line). Their timing is measured
 * by doubling in scripts/bench.mjs; here each must finish and say the right thing.
 */
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/core/inventory/load.js';
import { findInlineIgnores, MAX_INLINE_IGNORES } from '../../src/core/roadmap/inline.js';
import { failAll, MAX_ERRORS } from '../../src/core/parse/diagnostics.js';
import { defaultMethod } from '../helpers/method.js';

const method = defaultMethod();

describe('errors capped before they are formatted', () => {
  it('70,000 empty column names: no stack overflow, at most 1,000 errors and a count of the rest', () => {
    const result = loadInventory(`id,name${','.repeat(70_000)}\nx,y\n`, 'wide.csv', method);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBe(MAX_ERRORS + 1);
    expect(result.errors.at(-1)?.message).toMatch(/^\.\.\. and [\d,]+ more problems of the same file$/);
  });

  it('failAll takes any number of errors', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ file: 'f', message: `e${i}` }));
    const result = failAll(many);
    expect(result.ok || result.errors.length).toBe(MAX_ERRORS + 1);
  });
});

describe('a file that is not an inventory', () => {
  it('is named as such, without one cell of it in the message', () => {
    const result = loadInventory('secret-line-1,password=hunter2\nline2,more\n', 'leak.csv', method);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual(['no id column: this is not an inventory CSV (its header needs id, name and criterion columns)']);
    expect(JSON.stringify(result.errors)).not.toContain('hunter2');
  });
});

describe('inline waivers', () => {
  it('100,000 comment lines in a row are read in one pass and capped', () => {
    const text = `inventory: i.yaml\nitems:\n${'# outsource-ignore no-owner -- fine\n'.repeat(100_000)}  - process: p\n`;
    const found = findInlineIgnores(text);
    expect(found).toHaveLength(MAX_INLINE_IGNORES);
    // Every one of them applies to the item after the run of comments.
    expect(new Set(found.map((f) => f.target))).toEqual(new Set([100_003]));
  });
});
