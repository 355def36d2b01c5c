/**
 * Just enough of SpreadsheetML (ECMA-376 part 1, section 18) to read the
 * first sheet of a workbook as rows of text: shared strings, inline strings,
 * numbers and booleans. Formulas are read as their cached value. Each pattern
 * scans forward once, so the cost stays linear in the size of the XML.
 */

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? '';
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The text of every <t> in an element, phonetic runs (<rPh>) left out. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

/** xl/sharedStrings.xml: the strings that cells of type "s" point at by index. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) out.push(textOf(m[1] ?? ''));
  return out;
}

const ATTRIBUTES = new Map<string, RegExp>();
/** One attribute's value; each name's pattern is made once, not once per cell. */
function attribute(attrs: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\b${name}="([^"]*)"`)));
  return pattern.exec(attrs)?.[1];
}

/** The part that the workbook's first sheet lives in, from xl/workbook.xml and its relationships. */
export function firstSheetPath(workbookXml: string, relsXml: string): string | undefined {
  const sheet = /<(?:\w+:)?sheet\b([^>]*)>?/.exec(workbookXml)?.[1];
  const id = sheet === undefined ? undefined : /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(sheet);
  const rid = id?.[1] ?? id?.[2];
  if (rid === undefined) return undefined;
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)>?/g)) {
    const attrs = m[1] ?? '';
    if (attribute(attrs, 'Id') !== rid) continue;
    const target = attribute(attrs, 'Target');
    if (target === undefined) return undefined;
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return undefined;
}

/** "C" -> 2, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Largest sheet read: more columns than any inventory has, as many rows as the CSV limit allows. */
const MAX_COLUMNS = 1000;

/**
 * Rows of a worksheet as text, gaps filled with empty cells. Row numbers are
 * kept (row `r` lands at index r - 1), so an error can name the sheet's row.
 */
export function readSheetRows(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  let next = 0;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attribute(rm[1] ?? '', 'r'));
    const index = Number.isInteger(r) && r >= 1 && r - 1 >= next ? r - 1 : next;
    while (rows.length < index) rows.push([]);
    const row: string[] = [];
    let col = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] ?? '';
      const ref = attribute(attrs, 'r');
      const letters = ref === undefined ? undefined : /^([A-Z]{1,3})/.exec(ref)?.[1];
      const at = letters === undefined ? col : columnIndex(letters);
      if (at >= MAX_COLUMNS || at < col) continue;
      while (row.length < at) row.push('');
      row.push(cellText(attribute(attrs, 't'), cm[2] ?? '', shared));
      col = at + 1;
    }
    rows.push(row);
    next = index + 1;
  }
  return rows;
}

function cellText(type: string | undefined, inner: string, shared: readonly string[]): string {
  if (type === 'inlineStr') return textOf(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
  const v = unescapeXml(/<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
  if (type === 's') return shared[Number(v)] ?? '';
  if (type === 'b') return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v;
  if (type === 'e') return v;
  if (type === 'str' || v === '') return v;
  // Numbers are stored with binary rounding (0.30000000000000004): show them as the sheet does.
  const n = Number(v);
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : v;
}
