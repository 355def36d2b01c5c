const BEFORE = /[\s,[{:-]/;
const AFTER = /[\s,\]}]/;

/**
 * Whether `mark` (`&` for an anchor, `*` for an alias) starts a YAML anchor or
 * alias somewhere in the text: at a line start or after a space or , [ { : -,
 * and followed by a name character. The same answer as the regular expression
 * /(?:^|[\s,[{:-])&[^\s,\]}]/m, but found by jumping from mark to mark: the
 * expression tried its alternation at every position of a 50 MB inventory.
 */
export function hasYamlMark(text: string, mark: '&' | '*'): boolean {
  for (let p = text.indexOf(mark); p !== -1; p = text.indexOf(mark, p + 1)) {
    if (p + 1 >= text.length) return false;
    if ((p === 0 || BEFORE.test(text[p - 1] ?? '')) && !AFTER.test(text[p + 1] ?? '')) return true;
  }
  return false;
}
