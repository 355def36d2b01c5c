/**
 * What spreadsheet exports differ in: the separator (European Excel writes
 * ";", some tools a tab), the case of the headers, and the decimal comma.
 */
const CANDIDATES = [',', ';', '\t'] as const;
export type Separator = (typeof CANDIDATES)[number];

/** The separator the header row uses most, outside quotes; a comma when there is a tie or none. */
export function detectSeparator(text: string): Separator {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: Separator = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** "Cost of inaction", "COST_OF_INACTION" and "cost-of-inaction" all name `cost_of_inaction`. */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const NUMBER = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/** A number cell as a number: "3", "2.5" and, where the separator is not a comma, "2,5". */
export function numberCell(cell: string): number | undefined {
  if (!NUMBER.test(cell)) return undefined;
  return Number(cell.trim().replace(',', '.'));
}
