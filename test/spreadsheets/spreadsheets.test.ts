import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { workbookToCsv } from '../../src/core/workbook/read.js';
import { writeWorkbook } from '../../src/core/workbook/write.js';
import { detectSeparator } from '../../src/core/inventory/csv-dialect.js';
import { defaultMethod } from '../helpers/method.js';
import { fixture } from '../helpers/paths.js';
import { runBin, runInProcess } from '../helpers/cli.js';

const method = defaultMethod();
const smallCsv = readFileSync(fixture('core', 'inventory', 'small.csv'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'outsource-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(text: string, file: string): Inventory {
  const result = loadInventory(text, file, method);
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.value;
}
function errorsOf(text: string, file: string): string[] {
  const result = loadInventory(text, file, method);
  if (result.ok) throw new Error(`${file} was accepted`);
  return result.errors.map(formatDiagnostic);
}

/** The rows of a CSV without quoted separators, as a spreadsheet would hold them. */
const simpleRows = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));

/** A workbook laid out the way Excel writes one: shared strings, typed cells, a sheet not called sheet1. */
function excelStyleWorkbook(rows: string[][]): Uint8Array {
  const strings: string[] = [];
  const cells = rows
    .map((row, r) => {
      const xml = row
        .map((v, c) => {
          const ref = `${String.fromCharCode(65 + (c % 26))}${r + 1}`.replace(/^/, c >= 26 ? 'A' : '');
          if (v === '') return '';
          if (/^\d+$/.test(v)) return `<c r="${ref}" s="3"><v>${v}</v></c>`;
          if (v === 'TRUE' || v === 'FALSE') return `<c r="${ref}" t="b"><v>${v === 'TRUE' ? 1 : 0}</v></c>`;
          strings.push(v);
          return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}" spans="1:3">${xml}</row>`;
    })
    .join('');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const shared = `<sst xmlns="x" count="${strings.length}">${strings.map((s) => `<si><r><rPr><b/></rPr><t>${esc(s.slice(0, 1))}</t></r><r><t xml:space="preserve">${esc(s.slice(1))}</t></r><rPh><t>ignored</t></rPh></si>`).join('')}</sst>`;
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="rel"><sheets><sheet name="Processes" sheetId="1" r:id="rId7"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId7" Type="worksheet" Target="worksheets/processes.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(shared),
    'xl/worksheets/processes.xml': strToU8(`<worksheet><sheetData>${cells}</sheetData></worksheet>`),
  });
}

describe('CSV exports from spreadsheets', () => {
  const reference = load(smallCsv, 'small.csv');

  it('reads semicolon and tab separated exports with capitalised headers', () => {
    const rows = [
      'ID;Name;Function;Core_Competency;Vendor Parity;BENEFIT;regulated;risk',
      'seo;SEO audits;marketing;1;5;4;Nein;2',
      'payroll;"Payroll; monthly";finance;2;4;3;oui;1',
    ].join('\r\n');
    const semi = load(rows, 'export.csv');
    expect(semi.processes.map((p) => p.name)).toEqual(['SEO audits', 'Payroll; monthly']);
    expect(semi.processes[0]?.answers).toMatchObject({ core_competency: 1, vendor_parity: 5, benefit: 4, regulated: false, risk: 2 });
    expect(semi.processes[1]?.answers.regulated).toBe(true);
    expect(detectSeparator(rows)).toBe(';');
    const tab = load('id\tname\tbenefit\tregulated\nseo\t"SEO, audits"\t4\tja\n', 'export.tsv');
    expect(tab.processes[0]).toMatchObject({ name: 'SEO, audits', answers: { benefit: 4, regulated: true } });
    expect(reference.processes.length).toBeGreaterThan(0);
  });

  it('reads a decimal comma as a number, so a fraction is refused as a fraction, not as text', () => {
    const errors = errorsOf('id;name;benefit\nseo;SEO;2,5\n', 'x.csv');
    expect(errors.join('\n')).toMatch(/benefit/);
    expect(errors.join('\n')).not.toMatch(/string/);
  });

  it('says which separator a mixed header seems to use', () => {
    const errors = errorsOf('id,name;function;benefit\nseo,SEO;ops;3\n', 'x.csv');
    // Named without echoing the header: a file that is not an inventory must not leak its first line.
    expect(errors[0]).toMatch(/no id column; the header seems to be separated by "," too/);
    expect(errors[0]).not.toContain('id,name');
  });

  it('lists the accepted spellings when a flag is refused, in CSV and in YAML', () => {
    expect(errorsOf('id,name,regulated\nseo,SEO,maybe\n', 'x.csv')[0]).toMatch(/yes\/no, true\/false, ja\/nein, oui\/non/);
    expect(errorsOf('processes:\n  - id: seo\n    name: SEO\n    answers: { regulated: perhaps }\n', 'x.yaml')[0]).toMatch(
      /accepted: yes\/no, true\/false, ja\/nein, oui\/non/,
    );
  });

  it('accepts yes/no, ja/nein and oui/non for flags in YAML and JSON too', () => {
    const yaml = load(
      'processes:\n  - id: seo\n    name: SEO\n    answers: { regulated: no, in_progress: Ja, contractual_duty: OUI, face_to_face: 2 }\n    answers_by:\n      ana: { regulated: nein }\n',
      'x.yaml',
    );
    expect(yaml.processes[0]?.answers).toMatchObject({ regulated: false, in_progress: true, contractual_duty: true });
    const json = load('{"processes":[{"id":"seo","name":"SEO","answers":{"regulated":"non"}}]}', 'x.json');
    expect(json.processes[0]?.answers.regulated).toBe(false);
  });
});

describe('.xlsx workbooks', () => {
  const reference = load(
    smallCsv.replace(/"[^"]*"/g, (q) => q.replace(/[,\n]/g, ' ')),
    'small.csv',
  );

  it('reads the first sheet of an Excel-style workbook as the same inventory', () => {
    const csvNoQuotes = smallCsv.replace(/"[^"]*"/g, (q) => q.replace(/[,\n]/g, ' ').replace(/""/g, "'").replace(/"/g, ''));
    const rows = simpleRows(csvNoQuotes).map((r) => r.map((c) => (c === 'false' || c === 'False' || c === 'no' || c === 'NO' ? 'FALSE' : c)));
    rows[0] = (rows[0] ?? []).map((h) => h.toUpperCase());
    const csv = workbookToCsv(excelStyleWorkbook(rows), 'book.xlsx');
    if (!csv.ok) throw new Error(csv.errors[0]?.message);
    const inv = load(csv.value, 'book.xlsx');
    expect(inv.processes.map((p) => p.id)).toEqual(reference.processes.map((p) => p.id));
    expect(inv.processes.map((p) => p.answers)).toEqual(load(csvNoQuotes, 'x.csv').processes.map((p) => p.answers));
  });

  it('keeps the sheet row as the line of an error', () => {
    const csv = workbookToCsv(excelStyleWorkbook([['id', 'name', 'benefit'], ['seo', 'SEO', '3'], [], ['ads', 'Ads', '9']]), 'book.xlsx');
    if (!csv.ok) throw new Error('unreadable');
    // Row 4, column 3 (C): where the 9 is in the sheet.
    expect(errorsOf(csv.value, 'book.xlsx')[0]).toMatch(/^book\.xlsx:4:3: processes\[1\]\.answers\.benefit: 9 is out of range/);
  });

  it('refuses a zip bomb and a zip that is not a workbook with a sentence', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(210 * 1024 * 1024) }, { level: 9 });
    const refused = workbookToCsv(bomb, 'bomb.xlsx');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]?.message).toMatch(/unpacks to more than 200 MB/);
    const other = workbookToCsv(zipSync({ 'readme.txt': strToU8('hi') }), 'x.xlsx');
    expect(!other.ok && other.errors[0]?.message).toMatch(/not an Excel workbook/);
  });

  it('writes a workbook that reads back, with formula-like text kept as quote-prefixed text', () => {
    const bytes = writeWorkbook('Shortlist', [
      ['id', 'name'],
      ['a', '=HYPERLINK("http://x","y")'],
      ['b', 2.5],
    ]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet).not.toMatch(/<f>/);
    expect(sheet).toMatch(/<c r="B2" t="inlineStr" s="1"><is><t xml:space="preserve">=HYPERLINK\(&quot;/);
    const back = workbookToCsv(bytes, 'back.xlsx');
    expect(back.ok && back.value).toBe('id,name\na,"=HYPERLINK(""http://x"",""y"")"\nb,2.5\n');
  });
});

describe('outsource score with spreadsheets (in process)', () => {
  it('scores an .xlsx inventory and writes the shortlist as .xlsx with -o', async () => {
    const input = join(dir, 'inventory.xlsx');
    writeFileSync(
      input,
      excelStyleWorkbook([
        ['ID', 'Name', 'Core competency', 'Benefit', 'Regulated'],
        ['seo', '@SUM(A1)', '1', '5', 'FALSE'],
      ]),
    );
    const out = join(dir, 'shortlist.xlsx');
    const r = await runInProcess(['score', input, '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote .*shortlist\.xlsx \(1 processes\)/);
    const parts = unzipSync(readFileSync(out));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet).toMatch(/t="inlineStr" s="1"><is><t xml:space="preserve">@SUM\(A1\)/);
    const again = await runInProcess(['score', input, '--format', 'xlsx', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; nothing was written \(use --force/);
  });

  it('asks for -o when --format xlsx has none', async () => {
    const r = await runInProcess(['score', 'examples/agency.yaml', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give the file with -o FILE/);
  });

  it('says what a renamed old workbook or UTF-16 file is, and what to do', async () => {
    const xls = join(dir, 'old.csv');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const a = await runInProcess(['score', xls]);
    expect(a.stderr).toMatch(/this is an Excel 97-2003 workbook \(\.xls\): save it as \.xlsx or as CSV UTF-8/);
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('id,name\nseo,SEO\n', 'utf16le'));
    const b = await runInProcess(['score', utf16]);
    expect(b.stderr).toMatch(/UTF-16 text without a byte order mark: save it as CSV UTF-8/);
    const renamed = join(dir, 'renamed.csv');
    writeFileSync(
      renamed,
      excelStyleWorkbook([
        ['id', 'name', 'benefit'],
        ['seo', 'SEO', '4'],
      ]),
    );
    const c = await runInProcess(['score', renamed, '--format', 'json']);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/"id":"seo"/);
  });
});

describe('outsource score on a workbook (built binary)', () => {
  it('reads .xlsx end to end', async () => {
    const input = join(dir, 'e2e.xlsx');
    writeFileSync(
      input,
      excelStyleWorkbook([
        ['id', 'name', 'benefit'],
        ['seo', 'SEO audits', '4'],
      ]),
    );
    const r = await runBin(['score', input, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^seo,SEO audits,,/);
  });
});
