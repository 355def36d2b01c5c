/** The session model: ids, answers as events, baselines as typed, and the written inventory. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/core/interview/ask.js';
import { formatInventory, toInventory } from '../../src/core/interview/inventory.js';
import { sessionShape } from '../../src/core/interview/session.js';
import { idFor, replay } from '../../src/core/interview/state.js';
import { wrapText } from '../../src/util/wrap.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { defaultMethod } from '../helpers/method.js';
import { emptySession } from './run.js';

const method = defaultMethod();

describe('idFor', () => {
  it('makes a readable id from a typed name, unique among the ids in use', () => {
    expect(idFor('Newsletters – EMEA', new Set())).toBe('newsletters-emea');
    expect(idFor('Rédaction & Übersetzung', new Set())).toBe('redaction-ubersetzung');
    expect(idFor('SEO', new Set(['seo', 'seo-2']))).toBe('seo-3');
    expect(idFor('日本語', new Set())).toBe('process');
    expect(idFor('x'.repeat(300), new Set())).toHaveLength(60);
  });

  it('always gives an id the inventory format accepts', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(idFor(name, new Set())).toMatch(/^[a-z0-9-]{1,100}$/);
      }),
    );
  });
});

describe('parseBaseline', () => {
  it.each([
    ['48', { baseline: 48, unit: 'hours' }],
    ['2 days', { baseline: 2, unit: 'days' }],
    ['12.5%', { baseline: 12.5, unit: '%' }],
    ['3,5 h', { baseline: 3.5, unit: 'h' }],
    ['-4', { baseline: -4, unit: 'hours' }],
    ['', { baseline: null, unit: 'hours' }],
    ['?', { baseline: null, unit: 'hours' }],
    ['b', 'back'],
    ['back', 'back'],
    ['fast', undefined],
    [`1 ${'u'.repeat(60)}`, undefined],
  ])('"%s"', (text, expected) => expect(parseBaseline(text, 'hours')).toEqual(expected));
});

describe('replay', () => {
  it('records "don\'t know" as unanswered and lets a later answer replace it', () => {
    const session = emptySession({ listDone: true, processes: [{ id: 'seo', name: 'SEO', answers: {} }] });
    session.events.push({ type: 'answer', process: 'seo', criterion: 'risk', value: null });
    let state = replay(session, method);
    expect(state.processes[0]!.unknown.has('risk')).toBe(true);
    expect(toInventory(state, method).processes[0]!.answers).toEqual({});
    session.events.push({ type: 'answer', process: 'seo', criterion: 'risk', value: 2 });
    state = replay(session, method);
    expect(state.processes[0]!.unknown.has('risk')).toBe(false);
    expect(toInventory(state, method).processes[0]!.answers).toEqual({ risk: 2 });
  });

  it('keeps what the interview does not ask about (volume) through to the written inventory', () => {
    const session = emptySession({ processes: [{ id: 'seo', name: 'SEO', answers: { risk: 2 }, volume: { hours_per_month: 80, pattern: 'steady' } }] });
    expect(toInventory(replay(session, method), method).processes[0]).toEqual({
      id: 'seo',
      name: 'SEO',
      answers: { risk: 2 },
      volume: { hours_per_month: 80, pattern: 'steady' },
    });
  });
});

describe('the session file', () => {
  it('accepts what the interview writes and rejects anything else', () => {
    const session = emptySession();
    session.events.push({ type: 'add', processes: [{ id: 'seo', name: 'SEO' }] }, { type: 'answer', process: 'seo', criterion: 'risk', value: null });
    expect(sessionShape.parse(JSON.parse(JSON.stringify(session)))).toEqual(session);
    expect(sessionShape.safeParse({ ...session, kind: 'something-else' }).success).toBe(false);
    expect(sessionShape.safeParse({ ...session, events: [{ type: 'answer', process: 'SEO!', criterion: 'risk', value: 1 }] }).success).toBe(false);
    expect(sessionShape.safeParse({ ...session, events: [{ type: 'launch' }] }).success).toBe(false);
  });
});

describe('formatInventory', () => {
  const name = fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('yes', 'no', 'null', '~', '1e3', '0x10', '- item', 'a: b', '#hash', "it's", '"quoted"', 'Ünïcödé', 'tab\there'),
  );
  const inventories = fc.record({
    organisation: fc.option(name, { nil: undefined }),
    processes: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        name: name.filter((n) => n.trim() !== ''),
        fn: fc.option(name, { nil: undefined }),
        risk: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        regulated: fc.option(fc.boolean(), { nil: undefined }),
        baseline: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
        unit: name,
      }),
      { selector: (p) => p.id, maxLength: 5 },
    ),
  });

  it('writes YAML and JSON that `outsource score` reads back to the same inventory', () => {
    fc.assert(
      fc.property(inventories, fc.constantFrom('yaml' as const, 'json' as const), (gen, format) => {
        const inventory: Inventory = {
          ...(gen.organisation === undefined ? {} : { organisation: gen.organisation }),
          processes: gen.processes.map((p) => ({
            id: p.id,
            name: p.name,
            ...(p.fn === undefined ? {} : { function: p.fn }),
            answers: { ...(p.risk === undefined ? {} : { risk: p.risk }), ...(p.regulated === undefined ? {} : { regulated: p.regulated }) },
            metrics: [{ name: 'turnaround', unit: p.unit.trim() === '' ? 'hours' : p.unit, ...(p.baseline === undefined ? {} : { baseline: p.baseline }) }],
            merged_from: ['old-one'],
          })),
        };
        const loaded = loadInventory(formatInventory(inventory, format, 'written by a test\nsecond line'), `inventory.${format}`, method);
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
        const normalise = (inv: Inventory): unknown => JSON.parse(JSON.stringify(inv, (_k, v: unknown) => (typeof v === 'number' && Object.is(v, -0) ? 0 : v)));
        expect(normalise(loaded.value)).toEqual(normalise(inventory));
      }),
      { numRuns: 200 },
    );
  });

  it('writes metrics and merged ids on one line each, under a comment header', () => {
    const text = formatInventory(
      { processes: [{ id: 'a', name: 'A', answers: { risk: 1 }, metrics: [{ name: 'turnaround', unit: 'hours', baseline: 4 }], merged_from: ['b'] }] },
      'yaml',
      'Header line',
    );
    expect(text).toBe(
      [
        '# Header line',
        '',
        'processes:',
        '  - id: a',
        '    name: A',
        '    answers:',
        '      risk: 1',
        '    metrics:',
        '      - { name: turnaround, unit: hours, baseline: 4 }',
        '    merged_from: [ b ]',
        '',
      ].join('\n'),
    );
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width, keeping the indent of list items', () => {
    const text = '  - Pitch support: it gives the organisation its competitive advantage, so keep it in-house (core_competency = 5)';
    const lines = wrapText(text, 40).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(39);
    expect(lines[1]!.startsWith('    ')).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });
});
