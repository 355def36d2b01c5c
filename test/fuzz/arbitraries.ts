/**
 * fast-check generators for the files `outsource` reads: inventories (YAML,
 * JSON, CSV), rules overrides and roadmaps, valid and corrupted. Text fields
 * draw on the characters that break outputs (escape sequences, bidi and C1
 * controls, formula starters, markup, line breaks) as well as ordinary text.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Inventory, Process } from '../../src/core/inventory/types.js';
import type { Answers, Method } from '../../src/core/method.js';
import { toCsv, toJson, toYaml } from '../helpers/inventory.js';

/** Pieces of text that attack one output or another, mixed with ordinary words. */
const HOSTILE_PIECES = [
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u001b]8;;https://evil.example\u001b\\',
  '\u0007',
  '\u009b2J',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u0000',
  '\u007f',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '=HYPERLINK("x")',
  '<script>',
  '</td>',
  '&amp;',
  '"',
  "'",
  '|',
  '`',
  '*',
  '_',
  '[',
  ']',
  '#',
  '\\',
  ':',
  ': ',
  '- ',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '!!str',
  '%',
  '::error::',
  '${x}',
  '__proto__',
  'constructor',
];
const WORDS = ['Newsletter', 'SEO', 'catalogue', 'help desk', 'payroll', 'Ünïcödé', '日本語', '🚀', 'Ελληνικά', 'עברית', 'ok', 'x'];

export const hostileText = (maxPieces = 8): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: maxPieces })
    .map((parts) => parts.join(''));

/** Text that a schema accepts as a name: not blank, within `max` characters. */
const nameText = (max: number) => hostileText().filter((s) => /\S/.test(s) && s.length <= max);

export const processId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

function answersFor(method: Method): fc.Arbitrary<Answers> {
  const { min, max } = method.scale;
  const value = (flag: boolean): fc.Arbitrary<number | boolean> => (flag ? fc.boolean() : fc.integer({ min, max }));
  const entries = method.criteria.map((c) => [c.id, fc.option(value(c.type === 'flag'), { nil: undefined, freq: 4 })] as const);
  return fc.record(Object.fromEntries(entries)).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Answers);
}

function processFor(method: Method, id: string, csvOnly: boolean): fc.Arbitrary<Process> {
  const metric = fc.record(
    { name: nameText(200), unit: nameText(50), baseline: fc.option(fc.integer({ min: -1000, max: 100_000 }), { nil: undefined }) },
    { requiredKeys: ['name', 'unit'] },
  );
  return fc
    .record({
      name: nameText(500),
      function: fc.option(
        hostileText(3).filter((s) => s.length <= 200 && s !== ''),
        { nil: undefined },
      ),
      answers: answersFor(method),
      metrics: csvOnly ? fc.constant(undefined) : fc.option(fc.array(metric, { maxLength: 2 }), { nil: undefined }),
      volume: csvOnly
        ? fc.constant(undefined)
        : fc.option(fc.record({ hours_per_month: fc.integer({ min: 0, max: 2000 }), pattern: fc.constantFrom('steady', 'seasonal', 'project') }), {
            nil: undefined,
          }),
    })
    .map(({ name, function: fn, answers, metrics, volume }) => {
      // A NUL byte can only be written escaped (YAML, JSON); raw, it makes a CSV file binary.
      const text = (s: string) => (csvOnly ? s.replaceAll('\u0000', '') : s);
      const p: Process = { id, name: /\S/.test(text(name)) ? text(name) : 'x', answers };
      // CSV cannot tell an empty function from none: an empty one is left out.
      if (fn !== undefined && text(fn) !== '') p.function = text(fn);
      // A metric the catalogue does not know must say which way is better; random names never match it.
      if (metrics !== undefined)
        p.metrics = metrics.map((m) =>
          m.baseline === undefined
            ? { name: m.name, unit: m.unit, better: 'lower' as const }
            : { name: m.name, unit: m.unit, baseline: m.baseline, better: 'lower' as const },
        );
      if (volume !== undefined) p.volume = volume;
      return p;
    });
}

export type InventoryFormat = 'yaml' | 'json' | 'csv';

/** A valid inventory: unique ids, every answer on its scale. CSV ones carry no metrics or volume. */
export function inventoryArb(method: Method, format: InventoryFormat, maxProcesses = 12): fc.Arbitrary<Inventory> {
  const csvOnly = format === 'csv';
  return fc
    .uniqueArray(processId, { maxLength: maxProcesses })
    .chain((ids) =>
      fc.tuple(fc.tuple(...ids.map((id) => processFor(method, id, csvOnly))), csvOnly ? fc.constant(undefined) : fc.option(nameText(500), { nil: undefined })),
    )
    .map(([processes, organisation]) => (organisation === undefined ? { processes } : { organisation, processes }));
}

export function serialise(inventory: Inventory, method: Method, format: InventoryFormat): string {
  if (format === 'json') return toJson(inventory);
  if (format === 'csv') return toCsv(inventory, method, '\r\n');
  return toYaml(inventory);
}

/** Changes to a parsed value that may make it invalid: wrong types, unknown and prototype keys, values out of range. */
const VALUE_ATTACKS: unknown[] = [null, 0, -1, 6, 3.5, 1e308, '', ' ', 'x', true, [], {}, [[[]]], { __proto__: { polluted: true } }, '\u001b[31m'];
const KEY_ATTACKS = ['__proto__', 'constructor', 'prototype', 'processes', 'answers', 'id', 'name', 'risk', 'extends', 'items', '\u001b[31m', ''];

export const valueMutation = fc.record({
  depthPick: fc.nat(),
  keyPick: fc.nat(),
  key: fc.constantFrom(...KEY_ATTACKS),
  value: fc.constantFrom(...VALUE_ATTACKS),
  mode: fc.constantFrom('set', 'delete', 'add'),
});
export type ValueMutation = typeof valueMutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies one mutation somewhere in a JSON-like value; returns the new value. */
export function mutateValue(root: unknown, m: ValueMutation): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  // Walk down to a container chosen by depthPick.
  let node = copy;
  for (let depth = m.depthPick % 5; depth > 0; depth--) {
    const children = node !== null && typeof node === 'object' ? Object.values(node).filter((v) => v !== null && typeof v === 'object') : [];
    if (children.length === 0) break;
    node = children[m.keyPick % children.length];
  }
  if (node === null || typeof node !== 'object') return m.value;
  const keys = Object.keys(node);
  const target = Array.isArray(node) ? m.keyPick % Math.max(1, node.length) : m.mode === 'add' || keys.length === 0 ? m.key : keys[m.keyPick % keys.length]!;
  if (m.mode === 'delete') {
    if (Array.isArray(node)) node.splice(Number(target), 1);
    else Reflect.deleteProperty(node, target);
  } else {
    Object.defineProperty(node, target, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Changes to the text itself: cut it, splice in a hostile token, repeat or drop a line, swap a character. */
const TEXT_TOKENS = [
  '\u0000',
  '\ufeff',
  '\u001b[2J',
  '"',
  "'",
  '{',
  '[',
  ']',
  '}',
  ':',
  '- ',
  '&a ',
  '*a',
  '<<: *a',
  '---\n',
  '\t',
  '\r',
  '\n',
  ',',
  '""',
  '\\',
  '%',
  '#',
  '!!binary ',
  '? ',
];
export const textMutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('cut', 'insert', 'repeat-line', 'drop-line', 'replace'),
  token: fc.constantFrom(...TEXT_TOKENS),
});
export type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

export function mutateText(text: string, m: TextMutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  if (m.kind === 'cut') return text.slice(0, at);
  if (m.kind === 'insert') return text.slice(0, at) + m.token + text.slice(at);
  if (m.kind === 'replace') return text.slice(0, at) + m.token + text.slice(at + 1);
  const lines = text.split('\n');
  const line = lines.length === 0 ? 0 : m.at % lines.length;
  if (m.kind === 'repeat-line') lines.splice(line, 0, lines[line] ?? '');
  else lines.splice(line, 1);
  return lines.join('\n');
}

/** A rules file that extends the default: new weights, thresholds, texts, gates switched off. */
export function rulesOverrideArb(method: Method): fc.Arbitrary<Record<string, unknown>> {
  const { min, max } = method.scale;
  // What the rules schema accepts in a text: line breaks, but no other control or invisible character.
  const printable = hostileText(4)
    // eslint-disable-next-line no-control-regex
    .map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g, ''))
    .filter((s) => s.trim().length > 0 && s.length <= 2000);
  const weighed = method.priority.map((p) => p.criterion);
  const gates = method.criteria.length === 0 ? [] : Object.values(method.gatesByStep).flat();
  return fc
    .record({
      name: fc.option(
        printable.filter((s) => s.length <= 200),
        { nil: undefined },
      ),
      weights: fc.array(fc.tuple(fc.constantFrom(...weighed), fc.double({ min: 0.01, max: 1000, noNaN: true })), { maxLength: 4 }),
      gates: fc.array(
        fc.tuple(
          fc.constantFrom(...gates),
          fc.record({
            enabled: fc.option(fc.boolean(), { nil: undefined }),
            message: fc.option(printable, { nil: undefined }),
            threshold: fc.option(fc.integer({ min, max }), { nil: undefined }),
          }),
        ),
        { maxLength: 4 },
      ),
    })
    .map(({ name, weights, gates: changed }) => {
      const out: Record<string, unknown> = { extends: 'default' };
      if (name !== undefined) out.name = name;
      if (weights.length > 0) out.criteria = Object.fromEntries(weights.map(([id, weight]) => [id, { priority: { weight } }]));
      const gateOut: Record<string, unknown> = {};
      for (const [gate, change] of changed) {
        const g: Record<string, unknown> = {};
        if (change.enabled !== undefined) g.enabled = change.enabled;
        if (change.message !== undefined) g.message = change.message;
        if (change.threshold !== undefined && typeof gate.value === 'number') g.value = change.threshold;
        gateOut[gate.id] = g;
      }
      if (Object.keys(gateOut).length > 0) out.gates = gateOut;
      return out;
    });
}

const ENGAGEMENTS = ['resource-support', 'project-support'];
const LOCATIONS = ['onshore', 'nearshore', 'offshore'];
const IP_OWNERS = ['organisation', 'vendor', 'shared'];

/** A roadmap over `inventory` (whose file is `inventoryFile`): items may name processes and vendors that do not exist. */
export function roadmapArb(inventory: Inventory, inventoryFile: string): fc.Arbitrary<Record<string, unknown>> {
  const ids = inventory.processes.map((p) => p.id);
  const processRef = ids.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: processId }) : processId;
  const vendorIds = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 3 });
  return vendorIds.chain((vendors) =>
    fc
      .record({
        name: fc.option(
          hostileText(3).filter((s) => s.length <= 200),
          { nil: null },
        ),
        owner: fc.option(
          hostileText(2).filter((s) => s.length <= 200),
          { nil: null },
        ),
        review: fc.option(fc.record({ cadence: fc.constantFrom('weekly', 'monthly', 'quarterly'), feedback_loop: fc.oneof(fc.boolean(), hostileText(3)) }), {
          nil: null,
        }),
        vendors: fc.constant(vendors).chain((vs) =>
          fc
            .tuple(
              ...vs.map((v) =>
                fc.tuple(
                  fc.constant(v),
                  fc.record({
                    name: hostileText(3).filter((s) => s.length <= 200),
                    scope: fc.option(
                      fc.array(
                        hostileText(2).filter((s) => s.length <= 500),
                        { maxLength: 3 },
                      ),
                      { nil: null },
                    ),
                  }),
                ),
              ),
            )
            .map((pairs) => Object.fromEntries(pairs)),
        ),
        items: fc.array(
          fc.record({
            process: processRef,
            vendor: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...vendors) }, { weight: 1, arbitrary: fc.constant('missing-vendor') }),
            wave: fc.integer({ min: 1, max: 5 }),
            engagement: fc.constantFrom(...ENGAGEMENTS),
            location: fc.constantFrom(...LOCATIONS),
            slas: fc.option(
              fc.array(
                fc.record({
                  metric: hostileText(2).filter((s) => s.trim() !== '' && s.length <= 200),
                  unit: fc.constantFrom('hours', '%', 'EUR'),
                  baseline: fc.integer({ min: 0, max: 100 }),
                  target: fc.integer({ min: 0, max: 100 }),
                }),
                { maxLength: 2 },
              ),
              { nil: null },
            ),
            ip_owner: fc.option(fc.constantFrom(...IP_OWNERS), { nil: null }),
          }),
          { maxLength: 8 },
        ),
      })
      .map((r) => ({ inventory: inventoryFile, ...r })),
  );
}

export const toYamlText = (value: unknown): string => stringify(value, { lineWidth: 0 });
