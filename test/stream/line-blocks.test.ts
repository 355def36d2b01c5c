/**
 * The chunked line reader: whole lines whatever the chunk size, UTF-8 split
 * across reads decoded whole, and every byte the plain CSV path does not take
 * refused before a line of its chunk is handed on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotStreamable } from '../../src/core/inventory/not-streamable.js';
import { lineBlocks, type ReadAt } from '../../src/io/line-blocks.js';

/** A reader over bytes in memory, as readSync at a position reads a file. */
const over =
  (bytes: Buffer): ReadAt =>
  (buffer, position) =>
    bytes.copy(buffer, 0, position, Math.min(bytes.length, position + buffer.length));

const blocksOf = (text: string | Buffer, chunk: number, limit = 1 << 30) => [
  ...lineBlocks(over(typeof text === 'string' ? Buffer.from(text, 'utf8') : text), { chunk, limit }),
];

describe('lineBlocks', () => {
  it('cuts a line split across reads only at its end', () => {
    const blocks = blocksOf('id,name\np-1,Payroll\np-2,Helpdesk\n', 5);
    expect(blocks.join('')).toBe('id,name\np-1,Payroll\np-2,Helpdesk\n');
    for (const block of blocks) expect(block.endsWith('\n')).toBe(true);
  });

  it('decodes a character whose bytes two reads split', () => {
    // "é" is two bytes and "😀" four: chunks of 1 to 4 bytes cut through both.
    const text = 'id,name\np-1,Café 😀 crème\n';
    for (let chunk = 1; chunk <= 4; chunk++) expect(blocksOf(text, chunk).join('')).toBe(text);
  });

  it('keeps empty lines and a last line without a newline', () => {
    expect(blocksOf('id,name\n\n\np-1,A', 3).join('')).toBe('id,name\n\n\np-1,A');
    expect(blocksOf('id,name\n\n\np-1,A', 3).at(-1)).toBe('p-1,A');
  });

  it('drops a byte order mark at the start (two, as the whole-file path does), and only there', () => {
    expect(blocksOf('\ufeffid,name\n', 2).join('')).toBe('id,name\n');
    expect(blocksOf('\ufeff\ufeffid,name\n', 2).join('')).toBe('id,name\n');
    expect(blocksOf('id,name\n\ufeffp-1,A\n', 4).join('')).toBe('id,name\n\ufeffp-1,A\n');
  });

  it('gives nothing for an empty file', () => {
    expect(blocksOf('', 4)).toEqual([]);
  });

  it.each([
    ['a quote', 'id,name\np-1,"A"\n'],
    ['a CR (CRLF line ends)', 'id,name\r\np-1,A\r\n'],
    ['a NUL byte', 'id,name\np-1,A\0\n'],
  ])('refuses %s, in whichever read it comes', (_, text) => {
    for (const chunk of [1, 3, 1 << 20]) expect(() => blocksOf(text, chunk)).toThrow(NotStreamable);
  });

  it('refuses bytes that are not UTF-8 (a Latin-1 export), and UTF-16', () => {
    expect(() => blocksOf(Buffer.from('id,name\np-1,Caf\xe9\n', 'latin1'), 4)).toThrow(NotStreamable);
    expect(() => blocksOf(Buffer.from('\ufeffid,name\n', 'utf16le'), 64)).toThrow(NotStreamable);
  });

  it('refuses a file over the limit, whatever its size claimed', () => {
    expect(() => blocksOf('id,name\np-1,A\n', 4, 10)).toThrow(NotStreamable);
    expect(blocksOf('id,name\np-1,A\n', 4, 14).join('')).toBe('id,name\np-1,A\n');
  });

  it('refuses a line longer than a row can be, without gathering it', () => {
    const long = `id,name\np-1,${'x'.repeat(100)}\n`;
    expect(() => [...lineBlocks(over(Buffer.from(long)), { chunk: 16, limit: 1 << 20, maxLine: 64 })]).toThrow(NotStreamable);
    expect([...lineBlocks(over(Buffer.from(long)), { chunk: 16, limit: 1 << 20, maxLine: 128 })].join('')).toBe(long);
  });

  it('refuses before handing on any line of the chunk that holds the bad byte', () => {
    const seen: string[] = [];
    expect(() => {
      for (const block of lineBlocks(over(Buffer.from('id,name\np-1,A\np-2,"B"\n')), { chunk: 8, limit: 1 << 20 })) seen.push(block);
    }).toThrow(NotStreamable);
    expect(seen.join('')).toBe('id,name\np-1,A\n');
  });

  it('gives the text back, whatever the text and the chunk size', () => {
    const line = fc.array(fc.constantFrom('a', 'é', '😀', ',', ';', '\t', ' ', '1', '-', '€'), { maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 40 }), (lines, finalNewline, chunk) => {
        const text = lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
        const blocks = blocksOf(text, chunk);
        expect(blocks.join('')).toBe(text);
        blocks.slice(0, -1).forEach((b) => expect(b.endsWith('\n')).toBe(true));
      }),
      { numRuns: 300 },
    );
  });
});
