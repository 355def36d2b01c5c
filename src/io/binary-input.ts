/** What a file that is not text most likely is, from its first bytes, to tell the user what to do with it. */
export type BinaryKind = 'zip' | 'xls' | 'utf16';

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  // The compound-file header of Excel 97-2003 (.xls) and other old Office files.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  // UTF-16 without a byte order mark: ASCII text with a NUL beside every character.
  const n = Math.min(bytes.length, 512) & ~1;
  if (n >= 4) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] === 0) even++;
      if (bytes[i + 1] === 0) odd++;
    }
    if (Math.max(even, odd) >= (n / 2) * 0.9 && Math.min(even, odd) === 0) return 'utf16';
  }
  return undefined;
}

export function binaryAdvice(kind: BinaryKind, readsWorkbooks: boolean): string {
  if (kind === 'xls') return 'this is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV UTF-8';
  if (kind === 'utf16') return 'this is UTF-16 text without a byte order mark: save it as CSV UTF-8 (or UTF-16 with a byte order mark)';
  return readsWorkbooks
    ? 'this zip file is not an Excel workbook: save the inventory as .xlsx or CSV UTF-8'
    : 'this is an Excel workbook (or another zip file), and this file must be text: save it as CSV UTF-8, or give the workbook as the inventory';
}
