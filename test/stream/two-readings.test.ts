/**
 * Scoring a plain CSV in two readings (line blocks, first reading for ranks,
 * second for evaluations) must give the bytes of the whole-file path, for any
 * file it takes and any chunk size; and it must give up on every file that
 * path refuses, so that path words the errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstReading, secondReading } from '../../src/core/engine/two-pass.js';
import { streamEvaluations } from '../../src/core/engine/stream.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { InputChanged, NotStreamable } from '../../src/core/inventory/not-streamable.js';
import { plainCsvProcesses } from '../../src/core/inventory/plain-csv-stream.js';
import type { Process } from '../../src/core/inventory/types.js';
import { lineBlocks, type ReadAt } from '../../src/io/line-blocks.js';
import { decodeText } from '../../src/io/read-input.js';
import { lenientAboutDirections } from '../../src/io/undirected-metrics.js';
import { renderCsvStream } from '../../src/reporters/score/csv.js';
import { renderJsonStream } from '../../src/reporters/score/json.js';
import { passingAnswers } from '../helpers/inventory.js';
import { defaultMethod } from '../helpers/method.js';

const method = defaultMethod();
const loading = lenientAboutDirections(method);
const FILE = 'inventory.csv';

const over =
  (bytes: Buffer): ReadAt =>
  (buffer, position) =>
    bytes.copy(buffer, 0, position, Math.min(bytes.length, position + buffer.length));

type Outcome = { ok: true; json: string; csv: string } | { ok: false };

/** What `score inventory.csv` gives today: the file decoded and loaded whole. */
function whole(bytes: Buffer): Outcome {
  let text;
  try {
    text = decodeText(bytes, FILE, true);
  } catch {
    return { ok: false };
  }
  const loaded = loadInventory(text, FILE, loading, 'csv');
  if (!loaded.ok) return { ok: false };
  const s = streamEvaluations(loaded.value, method);
  return { ok: true, json: [...renderJsonStream(s.evaluations())].join(''), csv: [...renderCsvStream(s.evaluations(), s.moneyShown)].join('') };
}

function twoReadings(bytes: Buffer, chunk: number): Outcome {
  const blocks = () => lineBlocks(over(bytes), { chunk, limit: 1 << 20 });
  let first;
  try {
    first = firstReading(plainCsvProcesses(blocks(), FILE, loading), method);
  } catch (error) {
    if (error instanceof NotStreamable) return { ok: false };
    throw error;
  }
  const s = secondReading(() => plainCsvProcesses(blocks(), FILE, loading, { checked: true }), first, method);
  return { ok: true, json: [...renderJsonStream(s.evaluations())].join(''), csv: [...renderCsvStream(s.evaluations(), s.moneyShown)].join('') };
}

const criteria = method.criteria;
const SCALE = ['', '1', '2', '3', '4', '5', '1', '2', '3', '4', '5', ' 4 '];
const FLAG = ['', 'true', 'false', 'yes', 'no', 'false', 'false'];
const BAD = ['9', 'x', '2.5', '0', 'maybe'];
const PASSING = passingAnswers();
const NAMES = ['Payroll', 'Café crème', 'Helpdesk 😀', 'a;b', 'Newsletter'];

/** Plain CSV files as exports make them, now and then with something the whole-file path refuses or reads another way. */
const csvArb = fc
  .record({
    separator: fc.constantFrom(',', ';', '\t'),
    // Every criterion, most often, so that many processes reach a verdict and a rank.
    columns: fc.oneof(
      fc.constant(criteria.map((c) => c.id)),
      fc.subarray(
        criteria.map((c) => c.id),
        { minLength: 0 },
      ),
    ),
    withFunction: fc.boolean(),
    rows: fc.array(
      fc.record({
        seed: fc.array(fc.nat({ max: 100 }), { minLength: criteria.length, maxLength: criteria.length }),
        name: fc.constantFrom(...NAMES),
        fn: fc.constantFrom('', 'finance', 'IT ops'),
        repeat: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
    spoil: fc.constantFrom(
      'none',
      'none',
      'none',
      'none',
      'none',
      'bad-cell',
      'duplicate',
      'quote',
      'crlf',
      'money',
      'unknown-column',
      'short-row',
      'blank-name',
    ),
    bom: fc.boolean(),
    leadingBlankLines: fc.constantFrom(0, 0, 0, 0, 1, 3),
    blankLines: fc.boolean(),
    finalNewline: fc.boolean(),
    spacedHeader: fc.boolean(),
  })
  .map((f) => {
    const sep = f.separator;
    const ids = f.columns;
    const header = ['id', 'name', ...(f.withFunction ? ['function'] : []), ...ids.map((id) => (f.spacedHeader ? id.replace(/_/g, ' ').toUpperCase() : id))];
    if (f.spoil === 'money') header.push('cost.in_house_annual');
    if (f.spoil === 'unknown-column') header.push('nope');
    let previous: string[] | undefined;
    const lines = f.rows.map((r, i) => {
      // Mostly answers that pass steps 3 to 5, so that many processes are ranked; the rest anything.
      const cells = ids.map((id, k) => {
        const seed = r.seed[k] ?? 0;
        if (seed < 75) return String(PASSING[id] ?? '');
        const pool = criteria.find((c) => c.id === id)?.type === 'flag' ? FLAG : SCALE;
        return pool[seed % pool.length] ?? '';
      });
      // Repeated answers make ties in score and utility, which the id then breaks.
      const answers = r.repeat && previous ? previous : cells;
      previous = answers;
      const name = f.spoil === 'quote' && i === 0 ? '"Payroll"' : f.spoil === 'blank-name' && i === 0 ? ' ' : r.name.includes(sep) ? 'Payroll' : r.name;
      // Ids in the reverse of row order, so a tie broken by row instead of id shows.
      const id = 100 - (f.spoil === 'duplicate' && i === 1 ? 0 : i);
      const row = [`p-${id}`, name, ...(f.withFunction ? [r.fn] : []), ...answers];
      if (f.spoil === 'money') row.push('1000');
      if (f.spoil === 'unknown-column') row.push('1');
      if (f.spoil === 'bad-cell' && i === f.rows.length - 1 && ids.length > 0) row[row.length - 1] = BAD[i % BAD.length] ?? '9';
      if (f.spoil === 'short-row' && i === f.rows.length - 1) row.pop();
      return row.join(sep);
    });
    const body = [header.join(sep), ...lines.flatMap((l) => (f.blankLines ? [l, ''] : [l]))].join(f.spoil === 'crlf' ? '\r\n' : '\n');
    // Blank lines before the header: the separator is then read from an empty first line, as a comma.
    const blank = (f.spoil === 'crlf' ? '\r\n' : '\n').repeat(f.leadingBlankLines);
    return Buffer.from((f.bom ? '\ufeff' : '') + blank + body + (f.finalNewline ? '\n' : ''), 'utf8');
  });

describe('two readings of a plain CSV', () => {
  it('give the bytes of the whole-file path, or give up where it refuses or reads another way', () => {
    let streamed = 0;
    let runs = 0;
    fc.assert(
      fc.property(csvArb, fc.integer({ min: 1, max: 64 }), (bytes, chunk) => {
        runs++;
        const two = twoReadings(bytes, chunk);
        const one = whole(bytes);
        if (two.ok) {
          streamed++;
          expect(two).toEqual(one);
        }
        // A file the whole-file path refuses is never scored by the two readings.
        if (!one.ok) expect(two.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    // Most files are plain and valid: the two readings took them, so the comparison above was made.
    expect(streamed).toBeGreaterThan(runs / 5);
  });

  it('rank ties on score and utility by id, as the whole inventory does', () => {
    const answers = passingAnswers();
    const cells = criteria.map((c) => String(answers[c.id] ?? ''));
    const rows = ['p-b', 'p-a', 'p-c', 'p-aa'].map((id) => `${id},Same,${cells.join(',')}`);
    const text = `id,name,${criteria.map((c) => c.id).join(',')}\n${rows.join('\n')}\n`;
    const bytes = Buffer.from(text);
    const two = twoReadings(bytes, 7);
    expect(two.ok).toBe(true);
    expect(two).toEqual(whole(bytes));
    expect(two.ok && JSON.parse(two.json).processes.map((p: { id: string; rank: number }) => `${p.id}:${p.rank}`)).toEqual([
      'p-b:3',
      'p-a:1',
      'p-c:4',
      'p-aa:2',
    ]);
  });

  it('stop the second reading when it differs from the first: another id, other answers, more or fewer rows', () => {
    const row = (id: string, benefit: number): Process => ({ id, name: 'X', answers: passingAnswers({ benefit }) });
    const first = firstReading([row('p-1', 4), row('p-2', 4)], method);
    const second = (processes: Process[]) => [...secondReading(() => processes, first, method).evaluations()];
    expect(second([row('p-1', 4), row('p-2', 4)])).toHaveLength(2);
    expect(() => second([row('p-1', 4), row('p-3', 4)])).toThrow(InputChanged);
    expect(() => second([row('p-1', 4), row('p-2', 2)])).toThrow(InputChanged);
    expect(() => second([row('p-1', 4)])).toThrow(InputChanged);
    expect(() => second([row('p-1', 4), row('p-2', 4), row('p-3', 4)])).toThrow(InputChanged);
  });
});
