import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateInventory } from '../../src/core/engine/evaluate.js';
import { detectFormat, loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { defaultMethod } from '../helpers/method.js';
import { fixture } from '../helpers/paths.js';

const method = defaultMethod();
const read = (name: string) => readFileSync(fixture('core', 'inventory', name), 'utf8');

function load(text: string, file: string): Inventory {
  const result = loadInventory(text, file, method);
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.value;
}

/** The one-line messages of an inventory that must be rejected. */
function errorsOf(text: string, file: string): string[] {
  const result = loadInventory(text, file, method);
  if (result.ok) throw new Error(`${file} was accepted but should be rejected`);
  return result.errors.map(formatDiagnostic);
}

const verdicts = (inv: Inventory) => evaluateInventory(inv, method).evaluations.map((e) => `${e.id}:${e.verdict}`);

describe('YAML, JSON and CSV inventories', () => {
  const yaml = load(read('small.yaml'), 'small.yaml');
  const json = load(read('small.json'), 'small.json');
  const csv = load(read('small.csv'), 'small.csv');

  it('read the same processes, answers and names', () => {
    expect(json.processes).toEqual(yaml.processes);
    expect(csv.processes).toEqual(yaml.processes);
    expect(yaml.organisation).toBe('Small Agency');
    expect(json.organisation).toBe('Small Agency');
  });

  it('give identical evaluations', () => {
    const y = evaluateInventory(yaml, method);
    expect(evaluateInventory(json, method)).toEqual(y);
    expect(evaluateInventory(csv, method)).toEqual(y);
    expect(verdicts(yaml)).toEqual(['newsletters:outsource', 'brand-strategy:keep', 'client-service:retain', 'video-editing:defer', 'translation:incomplete']);
  });

  it('CSV: quoted cells keep commas, doubled quotes and newlines', () => {
    expect(csv.processes[0]?.name).toBe('Monthly newsletters, "client" edition');
    expect(csv.processes[2]?.name).toBe('Client service\n(account management)');
  });

  it('CSV: empty and blank cells are unanswered; flags take true/false and yes/no in any common case', () => {
    const answers = csv.processes.map((p) => p.answers);
    expect(answers[0]).toMatchObject({ regulated: false, roadmap_undecided: false, contractual_duty: false });
    expect(answers[3]?.in_progress).toBe(true);
    expect('politically_sensitive' in answers[4]!).toBe(false);
    expect(Object.keys(answers[1]!)).toEqual(['core_competency', 'vendor_parity', 'benefit']);
    expect(csv.processes[2]?.function).toBeUndefined();
  });

  it('picks the format from the extension, or from the content for stdin', () => {
    expect(detectFormat('x.CSV', '')).toBe('csv');
    expect(detectFormat('x.json', '')).toBe('json');
    expect(detectFormat('x.yml', '')).toBe('yaml');
    expect(detectFormat('<stdin>', read('small.csv'))).toBe('csv');
    expect(detectFormat('<stdin>', read('small.json'))).toBe('json');
    expect(detectFormat('<stdin>', read('small.yaml'))).toBe('yaml');
  });
});

describe('unanswered, BOM and line endings', () => {
  const base = 'processes:\n  - id: a\n    name: A\n    answers:\n      core_competency: 2\n';

  it('null, an empty value and a missing key all mean "not answered"', () => {
    const forms = [`${base}      risk: null\n`, `${base}      risk:\n`, `${base}      risk: ~\n`, base];
    for (const text of forms) {
      const p = load(text, 'a.yaml').processes[0]!;
      expect(p.answers).toEqual({ core_competency: 2 });
    }
    const fromJson = load('{"processes":[{"id":"a","name":"A","answers":{"core_competency":2,"risk":null}}]}', 'a.json');
    expect(fromJson.processes[0]?.answers).toEqual({ core_competency: 2 });
    const e = evaluateInventory(load(`${base}      risk: null\n`, 'a.yaml'), method).evaluations[0];
    expect(e?.missing).toContain('risk');
  });

  it('a byte-order mark is ignored in YAML, JSON and CSV', () => {
    for (const name of ['small.yaml', 'small.json', 'small.csv']) {
      expect(load(`\ufeff${read(name)}`, name)).toEqual(load(read(name), name));
    }
    expect(load('\ufeffid,name,risk\na,A,3\n', '<stdin>').processes[0]?.answers).toEqual({ risk: 3 });
  });

  it('CRLF line endings read the same as LF, quoted newlines included', () => {
    const crlf = read('small.csv').replace(/\n/g, '\r\n');
    const inv = load(crlf, 'small.csv');
    expect(inv.processes.map((p) => p.answers)).toEqual(load(read('small.csv'), 'small.csv').processes.map((p) => p.answers));
    expect(inv.processes[2]?.name).toBe('Client service\r\n(account management)');
    expect(load(read('small.yaml').replace(/\n/g, '\r\n'), 'small.yaml').processes.map((p) => p.answers)).toEqual(
      load(read('small.yaml'), 'small.yaml').processes.map((p) => p.answers),
    );
  });

  it('old Mac line endings (CR alone) read like LF, whether or not a cell is quoted', () => {
    const lf = load(read('small.csv'), 'small.csv');
    expect(load(read('small.csv').replace(/\n/g, '\r'), 'small.csv').processes.map((p) => p.answers)).toEqual(lf.processes.map((p) => p.answers));
    expect(load('id,name,risk\ra,A,2\rb,B,3\r', 'x.csv').processes.map((p) => [p.id, p.name, p.answers])).toEqual([
      ['a', 'A', { risk: 2 }],
      ['b', 'B', { risk: 3 }],
    ]);
  });

  it('CRLF files report errors at the right line and column', () => {
    expect(errorsOf('id,name,risk\r\nseo,SEO,2\r\nblog,Blog,9\r\n', 'x.csv')).toEqual([
      'x.csv:3:11: processes[1].answers.risk: 9 is out of range: must be at most 5',
    ]);
  });

  it('a trailing newline or blank lines add no processes', () => {
    expect(load('id,name,risk\n\na,A,3\n\n\n', 'x.csv').processes).toHaveLength(1);
    expect(load('id,name,risk\r\na,A,3\r\n\r\n', 'x.csv').processes).toHaveLength(1);
  });

  it('an empty process list is a valid, empty inventory', () => {
    expect(load('processes: []\n', 'x.yaml').processes).toEqual([]);
    expect(load('id,name\n', 'x.csv').processes).toEqual([]);
  });
});

describe('inventory errors name file, line and column', () => {
  const cases: [file: string, expected: string][] = [
    ['unknown-criterion.yaml', 'unknown-criterion.yaml:6:7: processes[0].answers: unknown criterion "rsik" (did you mean "risk"?)'],
    ['unknown-criterion.json', 'unknown-criterion.json:3:59: processes[0].answers: unknown criterion "rsik" (did you mean "risk"?)'],
    ['outside-scale.yaml', 'outside-scale.yaml:5:13: processes[0].answers.risk: 6 is out of range: must be at most 5'],
    ['outside-scale.json', 'outside-scale.json:4:28: processes[0].answers.risk: 0 is out of range: must be at least 1'],
    ['outside-scale.csv', 'outside-scale.csv:3:11: processes[1].answers.risk: 7 is out of range: must be at most 5'],
    [
      'flag-not-boolean.yaml',
      'flag-not-boolean.yaml:5:18: processes[0].answers.regulated: must be yes or no (accepted: yes/no, true/false, ja/nein, oui/non), got "maybe"',
    ],
    [
      'flag-not-boolean.csv',
      'flag-not-boolean.csv:2:11: processes[0].answers.regulated: must be yes or no (accepted: yes/no, true/false, ja/nein, oui/non), got "perhaps"',
    ],
    ['duplicate-id.yaml', 'duplicate-id.yaml:6:9: processes[2].id: duplicate id "newsletters" (first used by processes[0])'],
    ['duplicate-id.csv', 'duplicate-id.csv:4:1: processes[2].id: duplicate id "seo" (first used by processes[0])'],
    ['malformed-id.yaml', 'malformed-id.yaml:4:9: processes[1].id: must be lowercase letters, digits and "-"'],
    ['no-processes.yaml', 'no-processes.yaml:1:1: an inventory must be a mapping with a "processes" list'],
    ['unknown-column.csv', 'unknown-column.csv:1:23: unknown column "benifit": not id, name, function or a criterion id (did you mean "benefit"?)'],
    ['wrong-cell-count.csv', 'wrong-cell-count.csv:3:1: row has 3 cells but the header has 4 columns'],
    ['unterminated-quote.csv', 'unterminated-quote.csv:3:6: unterminated quoted cell: a " opens it but none closes it'],
  ];
  for (const [file, expected] of cases) {
    it(file, () => {
      expect(errorsOf(read(file), file)).toEqual([expected]);
    });
  }

  it('an unknown criterion is never silently ignored, even when answered with null', () => {
    const [line] = errorsOf('processes:\n  - id: a\n    name: A\n    answers:\n      benfit: null\n', 'a.yaml');
    expect(line).toBe('a.yaml:5:7: processes[0].answers: unknown criterion "benfit" (did you mean "benefit"?)');
  });

  it('a process list that is not a list, or is empty-valued, is refused where it is', () => {
    expect(errorsOf('processes: 3\n', 'a.yaml')).toEqual(['a.yaml:1:12: processes: expected array, got 3']);
    expect(errorsOf('processes:\n', 'a.yaml')).toEqual(['a.yaml:1:11: processes: expected array, got null']);
    expect(errorsOf('[1, 2]', 'a.json')).toEqual(['a.json:1:1: an inventory must be a mapping with a "processes" list']);
  });

  it('a fraction on a scale is refused', () => {
    expect(errorsOf('processes:\n  - id: a\n    name: A\n    answers:\n      risk: 3.5\n', 'a.yaml')).toEqual([
      'a.yaml:5:13: processes[0].answers.risk: expected a whole number, got 3.5',
    ]);
  });

  it('a duplicate YAML key is refused at the second key', () => {
    const lines = errorsOf('processes:\n  - id: a\n    name: A\n    answers:\n      risk: 1\n      risk: 5\n', 'a.yaml');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^a\.yaml:6:7: duplicate key/);
  });

  // KNOWN BUG (reported): JSON.parse keeps the last of two equal keys, and the fast path never
  // reparses a well-formed file, so this is only caught when another error is present.
  // When it is fixed, this test starts failing: turn `it.fails` into `it`.
  it('a duplicate key in JSON is refused too, not silently "last one wins"', () => {
    const lines = errorsOf('{"processes": [{"id": "a", "name": "A", "answers": {"risk": 1, "risk": 5}}]}', 'a.json');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^a\.json:1:\d+: duplicate key/);
  });

  it('a CSV without id or name columns says which is missing', () => {
    expect(errorsOf('id,risk\na,3\n', 'a.csv')).toEqual(['a.csv:1:1: the header has no "name" column']);
  });

  it('a CSV header naming a column twice is refused at the second one', () => {
    expect(errorsOf('id,name,risk,risk\na,A,3,3\n', 'a.csv')).toEqual(['a.csv:1:14: column "risk" appears twice in the header']);
  });

  it('a quote inside an unquoted CSV cell is refused where it is', () => {
    expect(errorsOf('id,name,risk\na,Say "hi",3\n', 'a.csv')).toEqual([
      'a.csv:2:7: a " inside an unquoted cell: wrap the cell in quotes and double the inner quote',
    ]);
  });

  it('invalid YAML and JSON are refused with a position', () => {
    const [yaml] = errorsOf('processes:\n  - id: a\n    name: [unclosed\n', 'a.yaml');
    expect(yaml).toMatch(/^a\.yaml:\d+:\d+: /);
    // A trailing comma is valid YAML but not JSON: the position must come from JSON.parse.
    expect(errorsOf('{\n  "processes": [\n    { "id": "a", }\n  ]\n}\n', 'a.json')).toEqual(['a.json:3:18: Expected double-quoted property name']);
    const [json] = errorsOf('{\n  "processes": [\n    { "id": "a" ]\n}\n', 'a.json');
    expect(json).toMatch(/^a\.json:3:\d+: /);
  });

  it('an empty file is refused with a clear message', () => {
    expect(errorsOf('', 'a.yaml')).toEqual(['a.yaml: the file is empty: an inventory needs a "processes" list']);
    expect(errorsOf('  \n', 'a.csv')).toHaveLength(1);
  });

  it('an error message stays on one line, even for a name with control characters', () => {
    const lines = errorsOf('processes:\n  - id: "a"\n    name: A\n    answers: { "r\\nisk\\u001b[31m": 1 }\n', 'a.yaml');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).not.toContain('\u001b');
  });
});

describe('duplicate keys in JSON', () => {
  it('are found through escapes, and keys in different objects do not clash', async () => {
    const { findDuplicateJsonKey } = await import('../../src/core/parse/json-duplicates.js');
    expect(findDuplicateJsonKey('{"a": {"x": 1}, "b": {"x": 2}, "c": ["x", "x"]}', 'f.json')).toBeUndefined();
    expect(findDuplicateJsonKey('{"a\\u0062": 1, "ab": 2}', 'f.json')).toMatchObject({ line: 1, column: 16 });
    expect(findDuplicateJsonKey('{"s": "quote \\" inside", "s": 1}', 'f.json')?.message).toMatch(/duplicate key "s"/);
  });
});
