import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { didYouMean } from '../../util/suggest.js';

export interface Locator {
  file: string;
  locate(path: readonly PropertyKey[], key?: boolean): { line: number; column: number } | undefined;
  /** When a value was merged from several files, the one that holds `path`. */
  fileOf?(path: readonly PropertyKey[]): string;
}

/** Where a value is, as a user reads it: `processes[3].answers.risk`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return sanitize(truncate(out, 120));
}

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${sanitize(truncate(value, 40))}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, segment) ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return node;
}

/**
 * The CLI shows 20 problems. Past LOCATED_PROBLEMS they are listed without a
 * place (finding 500,000 unknown keys took minutes); past MAX_PROBLEMS not at
 * all (callers spread the list into arguments, which overflows the stack).
 */
const LOCATED_PROBLEMS = 100;
const MAX_PROBLEMS = 1000;

/**
 * Turns zod issues into one-line diagnostics at the node they are about.
 * `knownKeys` gives the words to suggest for an unknown key at a path.
 */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  where: Locator,
  knownKeys: (path: readonly PropertyKey[]) => Iterable<string> = () => [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_PROBLEMS) break;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys.slice(0, MAX_PROBLEMS - out.length)) {
        const path = [...issue.path, key];
        // Only the first problems are shown: finding the place of 500,000 unknown keys would take minutes.
        const shown = out.length < LOCATED_PROBLEMS;
        const pos = shown ? where.locate(path, true) : undefined;
        const hint = shown ? didYouMean(key, knownKeys(issue.path)) : '';
        out.push({
          file: where.fileOf?.(path) ?? where.file,
          ...pos,
          message: `${formatPath(issue.path) || 'top level'}: unknown key "${sanitize(truncate(key, 60))}"${hint}`,
        });
      }
      continue;
    }
    const pos = out.length < LOCATED_PROBLEMS ? where.locate(issue.path) : undefined;
    const at = formatPath(issue.path) || 'top level';
    out.push({ file: where.fileOf?.(issue.path) ?? where.file, ...pos, message: `${at}: ${describeIssue(issue, valueAt(root, issue.path))}` });
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is required (${issue.expected})`;
      // A schema that words its own message (flags list their spellings) is heard; zod's own starts "Invalid input".
      if (!issue.message.startsWith('Invalid input')) return `${sanitize(issue.message)}, got ${describeValue(value)}`;
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${describeValue(value)}`;
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      // `.positive()` and friends are exclusive bounds: "at least 0" would be wrong for 0.
      const exclusive = issue.inclusive === false;
      const word = issue.code === 'too_big' ? (exclusive ? 'less than' : 'at most') : exclusive ? 'greater than' : 'at least';
      if (issue.origin === 'number' || issue.origin === 'int') return `${describeValue(value)} is out of range: must be ${word} ${bound}`;
      if (issue.origin === 'string') return `${typeof value === 'string' ? value.length : '?'} characters; must be ${word} ${bound}`;
      if (issue.origin === 'array') return `${Array.isArray(value) ? value.length : '?'} entries; must be ${word} ${bound}`;
      return sanitize(issue.message);
    }
    case 'invalid_value':
      return `${describeValue(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return `${describeValue(value)} is not valid here`;
    default:
      return sanitize(issue.message);
  }
}
