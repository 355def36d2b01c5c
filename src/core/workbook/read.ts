import { unzipSync } from 'fflate';
import type { Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { firstSheetPath, readSharedStrings, readSheetRows } from './sheet-xml.js';

/** Unpacked parts larger than this are refused before they are inflated (a zip bomb stays a small file). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const WANTED = /^(?:xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/**
 * The first sheet of an .xlsx workbook as CSV text, one sheet row per line, so
 * that the CSV reader (its columns, checks and messages) reads it unchanged
 * and a line number in a message is the sheet's row number.
 */
export function workbookToCsv(bytes: Uint8Array, file: string): Result<string> {
  let parts: Record<string, Uint8Array>;
  let unpacked = 0;
  let tooBig = false;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (!WANTED.test(f.name)) return false;
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch (error) {
    return fail({
      file,
      message: `cannot open the workbook: ${error instanceof Error ? error.message : String(error)}; save it again as .xlsx or as CSV UTF-8`,
    });
  }
  if (tooBig)
    return fail({ file, message: `the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1048576} MB; save the inventory sheet alone as CSV UTF-8` });
  const utf8 = new TextDecoder();
  const text = (name: string) => (parts[name] ? utf8.decode(parts[name]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined)
    return fail({ file, message: 'this zip file is not an Excel workbook (no xl/workbook.xml); save the inventory as .xlsx or CSV UTF-8' });
  const sheetPath = firstSheetPath(workbook, text('xl/_rels/workbook.xml.rels') ?? '') ?? 'xl/worksheets/sheet1.xml';
  const sheet = text(sheetPath);
  if (sheet === undefined) return fail({ file, message: 'the workbook has no first sheet to read' });
  const shared = readSharedStrings(text('xl/sharedStrings.xml') ?? '');
  return ok(rowsToCsv(readSheetRows(sheet, shared)));
}

/** Rows as CSV, each cut or padded to the header's width (a sheet often has stray empty cells to the right). */
export function rowsToCsv(rows: readonly string[][]): string {
  const header = rows[0] ?? [];
  let width = header.length;
  while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
  const lines = rows.map((row) => {
    if (row.every((cell) => cell.trim() === '')) return '';
    const cells = row.slice(0, Math.max(width, lastFilled(row) + 1));
    while (cells.length < width) cells.push('');
    return cells.map(quote).join(',');
  });
  return `${lines.join('\n')}\n`;
}

function lastFilled(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if ((row[i] ?? '').trim() !== '') return i;
  return -1;
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
