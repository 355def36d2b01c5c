/**
 * Positions of the nodes of a block-style YAML document, from one pass over
 * its lines. The positioned `yaml` parser costs about ten times more than
 * the fast one, mostly on cold start, so findings are placed with this index
 * first. It covers the plain layout people write (block mappings and
 * sequences, one-line flow collections and scalars, block scalars) and
 * records nothing it is unsure of: a path it does not hold is looked up with
 * the full parser. The whole index is dropped when its shape disagrees with
 * the parsed value, so it never gives a wrong position.
 */

export interface Position {
  line: number;
  column: number;
}

interface Entry {
  value?: Position;
  key?: Position;
}

export interface BlockIndex {
  /** The position of a node (or its key), or undefined when the index does not hold it. */
  find(path: readonly PropertyKey[], key?: boolean): Position | undefined;
}

interface Frame {
  kind: 'map' | 'seq';
  /** 0-based column of the keys, or of the dashes. */
  indent: number;
  path: (string | number)[];
  count: number;
  /** The last key of a map whose value is on the following lines. */
  pending?: string;
}

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');
const PLAIN_KEY = /^([A-Za-z0-9_$][^:#'"{}[\],]*?)[ \t]*:(?=[ \t]|$)/;
const QUOTED_KEY = /^("([^"\\]*)"|'([^']*)')[ \t]*:(?=[ \t]|$)/;
const BLOCK_SCALAR = /^[|>][0-9+-]*[ \t]*(#.*)?$/;

export function indexBlockYaml(text: string, value: unknown): BlockIndex | undefined {
  const entries = new Map<string, Entry>();
  const frames: Frame[] = [];
  const set = (path: (string | number)[], what: keyof Entry, pos: Position) => {
    const k = pathKey(path);
    const entry = entries.get(k) ?? {};
    entry[what] = pos;
    entries.set(k, entry);
  };
  try {
    const lines = text.split('\n');
    let blockScalarIndent: number | undefined;
    let started = false;
    for (let n = 0; n < lines.length; n++) {
      const line = (lines[n] ?? '').replace(/\r$/, '');
      const trimmed = line.trimStart();
      const indent = line.length - trimmed.length;
      if (blockScalarIndent !== undefined) {
        if (trimmed === '' || indent > blockScalarIndent) continue;
        blockScalarIndent = undefined;
      }
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      if (/^\t/.test(trimmed) || line.slice(0, indent).includes('\t')) bail();
      if (trimmed.startsWith('---') || trimmed.startsWith('...') || trimmed.startsWith('%')) {
        if (started || !/^---[ \t]*(#.*)?$/.test(trimmed)) bail();
        continue;
      }
      started = true;
      blockScalarIndent = readLine(trimmed, indent, n + 1, frames, set);
    }
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  if (!matchesShape(entries, value)) return undefined;
  return {
    find(path, key = false) {
      const entry = entries.get(pathKey(path));
      if (!entry) return undefined;
      return key && typeof path.at(-1) === 'string' ? entry.key : entry.value;
    },
  };
}

type Setter = (path: (string | number)[], what: keyof Entry, pos: Position) => void;

/** Reads one content line; returns the indent a block scalar's body must exceed, when one starts here. */
function readLine(content: string, indent: number, line: number, frames: Frame[], set: Setter): number | undefined {
  while (frames.length > 0 && (frames.at(-1)?.indent ?? 0) > indent) frames.pop();
  let top = frames.at(-1);

  if (content === '-' || content.startsWith('- ')) {
    if (top?.kind === 'seq' && top.indent === indent) {
      top.count++;
    } else if (top?.kind === 'map' && top.pending !== undefined && indent >= top.indent) {
      const seq: Frame = { kind: 'seq', indent, path: [...top.path, top.pending], count: 0 };
      set(seq.path, 'value', { line, column: indent + 1 });
      top.pending = undefined;
      frames.push(seq);
      top = seq;
    } else {
      return bail();
    }
    const rest = content.slice(1).trimStart();
    if (rest === '' || rest.startsWith('#') || rest.startsWith('- ') || rest === '-') return bail();
    const column = indent + (content.length - rest.length);
    const itemPath = [...top.path, top.count];
    set(itemPath, 'value', { line, column: column + 1 });
    if (PLAIN_KEY.test(rest) || QUOTED_KEY.test(rest)) {
      const map: Frame = { kind: 'map', indent: column, path: itemPath, count: 0 };
      frames.push(map);
      return readPair(rest, column, line, map, set);
    }
    return readValue(rest, column, line, itemPath, set, indent);
  }

  if (!PLAIN_KEY.test(content) && !QUOTED_KEY.test(content)) return bail();
  // A key back at the indent of a sequence's dashes ends that sequence (`items:` then `- a` at the same indent).
  while (top?.kind === 'seq' && top.indent === indent) {
    frames.pop();
    top = frames.at(-1);
  }
  if (!top) {
    if (indent !== 0 || frames.length > 0) return bail();
    top = { kind: 'map', indent: 0, path: [], count: 0 };
    set([], 'value', { line, column: 1 });
    frames.push(top);
  } else if (top.kind === 'map' && top.indent === indent) {
    if (top.pending !== undefined) top.pending = undefined;
  } else if (top.kind === 'map' && top.pending !== undefined && indent > top.indent) {
    const map: Frame = { kind: 'map', indent, path: [...top.path, top.pending], count: 0 };
    set(map.path, 'value', { line, column: indent + 1 });
    top.pending = undefined;
    frames.push(map);
    top = map;
  } else {
    return bail();
  }
  return readPair(content, indent, line, top, set);
}

function readPair(content: string, indent: number, line: number, map: Frame, set: Setter): number | undefined {
  const match = PLAIN_KEY.exec(content) ?? QUOTED_KEY.exec(content);
  if (!match) return bail();
  const key = match[2] ?? match[3] ?? (match[1] ?? '').trim();
  if (key === '<<') return bail();
  const path = [...map.path, key];
  set(path, 'key', { line, column: indent + 1 });
  const after = content.slice(match[0].length);
  const rest = after.trimStart();
  if (rest === '' || rest.startsWith('#')) {
    map.pending = key;
    return undefined;
  }
  map.pending = undefined;
  const column = indent + match[0].length + (after.length - rest.length);
  return readValue(rest, column, line, path, set, map.indent);
}

/** A value that starts on this line; returns the indent a block scalar's body must exceed. */
function readValue(rest: string, column: number, line: number, path: (string | number)[], set: Setter, parentIndent: number): number | undefined {
  const first = rest[0];
  if (first === '&' || first === '*' || first === '!' || first === '?' || first === '@' || first === '`') return bail();
  if (first === '{' || first === '[') {
    if (!closesOnLine(rest)) return bail();
  } else if (first === '"' || first === "'") {
    if (!quoteClosesOnLine(rest)) return bail();
  } else if (first === '|' || first === '>') {
    if (!BLOCK_SCALAR.test(rest)) return bail();
    set(path, 'value', { line, column: column + 1 });
    return parentIndent;
  }
  set(path, 'value', { line, column: column + 1 });
  return undefined;
}

/** A one-line flow collection: brackets balance before the end of the line (outside quotes). */
function closesOnLine(s: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return /^[ \t]*(#.*)?$/.test(s.slice(i + 1));
    } else if (c === '#' && /[ \t]/.test(s[i - 1] ?? '')) return false;
  }
  return false;
}

function quoteClosesOnLine(s: string): boolean {
  const quote = s[0];
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && quote === '"') i++;
    else if (c === quote) {
      if (quote === "'" && s[i + 1] === "'") i++;
      else return /^[ \t]*(#.*)?$/.test(s.slice(i + 1));
    }
  }
  return false;
}

/** Every mapping the index walked has exactly the keys of the parsed value, every sequence its length. */
function matchesShape(entries: ReadonlyMap<string, Entry>, value: unknown): boolean {
  const children = new Map<string, Set<string>>();
  for (const k of entries.keys()) {
    if (k === '') continue;
    const cut = k.lastIndexOf('\u0000');
    const parent = cut === -1 ? '' : k.slice(0, cut);
    const child = cut === -1 ? k : k.slice(cut + 1);
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
  }
  const join = (key: string, child: string | number) => (key === '' ? String(child) : `${key}\u0000${child}`);
  // Nothing indexed below a node: a scalar, or a flow collection on one line. Otherwise the children must match exactly.
  const walk = (node: unknown, key: string): boolean => {
    const seen = children.get(key);
    if (!seen) return true;
    if (Array.isArray(node)) return seen.size === node.length && node.every((item, i) => seen.has(String(i)) && walk(item, join(key, i)));
    if (node === null || typeof node !== 'object') return false;
    const own = Object.keys(node);
    return seen.size === own.length && own.every((k) => seen.has(k) && walk((node as Record<string, unknown>)[k], join(key, k)));
  };
  return walk(value, '');
}
