/**
 * The column just past the YAML token that starts at `column` (1-based):
 * a quoted scalar to its closing quote, a key to its colon, a plain scalar
 * to a comment or a flow separator, trailing blanks left out. SARIF's
 * endColumn is exclusive; a token is at least one character wide.
 */
export function tokenEndColumn(lineText: string | undefined, column: number): number {
  if (lineText === undefined) return column + 1;
  const start = column - 1;
  const first = lineText[start];
  let end = start;
  if (first === '"' || first === "'") {
    end = start + 1;
    while (end < lineText.length) {
      if (first === '"' && lineText[end] === '\\') end += 2;
      else if (lineText[end] === first && !(first === "'" && lineText[end + 1] === "'")) {
        end++;
        break;
      } else end += first === "'" && lineText[end] === "'" ? 2 : 1;
    }
  } else {
    while (end < lineText.length) {
      const c = lineText[end];
      const next = lineText[end + 1];
      if (c === ':' && (next === undefined || next === ' ' || next === '\t')) break;
      if (c === '#' && end > start && /\s/.test(lineText[end - 1] ?? '')) break;
      if (c === ',' || c === ']' || c === '}') break;
      end++;
    }
    while (end > start && /\s/.test(lineText[end - 1] ?? '')) end--;
  }
  return Math.max(Math.min(end, lineText.length), start + 1) + 1;
}
