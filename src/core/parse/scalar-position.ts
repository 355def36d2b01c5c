/**
 * Where character `offset` of a scalar's value is in the file, given where
 * the scalar node starts. Plain and quoted scalars on one line are exact;
 * block scalars (`|`, `>`) and folded plain scalars are followed line by
 * line, each line break of the source counting as one character of the value.
 */
export function positionInScalar(text: string, line: number, column: number, offset: number): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const first = lines[line - 1];
  if (first === undefined) return { line, column };
  const start = column - 1;
  const lead = first[start];
  if (lead === '|' || lead === '>') {
    let rest = offset;
    let indent: number | undefined;
    for (let n = line; n < lines.length; n++) {
      const content = lines[n] ?? '';
      if (content.trim() === '' && indent === undefined) continue;
      indent ??= content.length - content.trimStart().length;
      const body = content.slice(indent);
      if (rest <= body.length) return { line: n + 1, column: indent + rest + 1 };
      rest -= body.length + 1;
    }
    return { line, column };
  }
  const quoted = lead === '"' || lead === "'";
  let rest = offset;
  let from = start + (quoted ? 1 : 0);
  for (let n = line - 1; n < lines.length; n++) {
    const content = lines[n] ?? '';
    if (n > line - 1) from = content.length - content.trimStart().length;
    const available = content.length - from;
    if (rest <= available) return { line: n + 1, column: from + rest + 1 };
    rest -= available + 1;
  }
  return { line, column };
}
