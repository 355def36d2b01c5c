import { z } from 'zod';
import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, ok } from '../parse/diagnostics.js';
import { readDocument, type ReadDocument } from '../parse/read-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import { didYouMean } from '../../util/suggest.js';
import { MAX_CRITERIA, SCALE_MAX, SCALE_MIN, formatRatio, unlinked, type Comparison, type PairwiseInput } from './analyse.js';

/**
 * A comparisons file (YAML or JSON):
 *
 *   criteria: [benefit, risk, cost_of_inaction]
 *   comparisons:            # [a, b, x]: a is x times as important as b
 *     - [benefit, risk, 3]
 *     - [benefit, cost_of_inaction, 5]
 *     - [risk, cost_of_inaction, "1/2"]
 */
const valueShape = z.union([z.number(), z.string().max(20)]);
export const matrixFileShape = z.strictObject({
  $schema: z.string().optional(),
  criteria: z.array(z.string().max(64)).min(2).max(MAX_CRITERIA),
  comparisons: z.array(z.tuple([z.string().max(64), z.string().max(64), valueShape])).max(100),
});

/** Two judgements of one pair are the same if they are within 1% (0.333 is 1/3). */
const SAME = Math.log(1.01);
const RATIO = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?)\s*)?$/;

/** "3" -> 3, "1/3" -> 0.333..; anything else -> undefined. */
export function parseRatio(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const m = RATIO.exec(value);
  if (!m) return undefined;
  const result = Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2]));
  return Number.isFinite(result) ? result : undefined;
}

/** The scale check, with room for the rounding of 0.111 for 1/9. */
export const onScale = (v: number): boolean => v >= SCALE_MIN * 0.999 && v <= SCALE_MAX;

/**
 * Reads and checks a comparisons file against the criteria it may name
 * (`allowed`, the method's step-6 criteria). Every problem is reported at
 * its line and column: unknown or repeated criteria, a criterion compared
 * with itself, a value off Saaty's 1/9..9 scale, a pair given twice with
 * different values, and criteria that no comparison links to the others.
 */
export function parseMatrixFile(text: string, file: string, allowed: readonly string[], what = 'step-6'): Result<PairwiseInput> {
  const doc = readDocument(text, file);
  return doc.ok ? parseMatrixDocument(doc.value, file, allowed, what) : doc;
}

/** The same checks on a document already read, so a caller that looked inside it first does not parse it twice. */
export function parseMatrixDocument(doc: ReadDocument, file: string, allowed: readonly string[], what = 'step-6'): Result<PairwiseInput> {
  const parsed = matrixFileShape.safeParse(doc.value);
  if (!parsed.success) {
    const known = (path: readonly PropertyKey[]) => (path.length === 0 ? ['criteria', 'comparisons'] : []);
    return fail(...issuesToDiagnostics(parsed.error.issues, doc.value, doc, known));
  }
  const at = (path: PropertyKey[], message: string): Diagnostic => ({ file, ...doc.locate(path), message });
  const errors: Diagnostic[] = [];
  const show = (s: string) => `"${sanitize(truncate(s, 60))}"`;

  const criteria = parsed.data.criteria;
  const listed = new Set<string>();
  criteria.forEach((c, i) => {
    if (!allowed.includes(c))
      errors.push(
        at(['criteria', i], `criteria[${i}]: ${show(c)} is not a ${what} criterion${didYouMean(c, allowed)} (${what} criteria: ${allowed.join(', ')})`),
      );
    if (listed.has(c)) errors.push(at(['criteria', i], `criteria[${i}]: ${show(c)} is listed twice`));
    listed.add(c);
  });

  const comparisons: Comparison[] = [];
  // Each pair under one key, its value as "first vs second" in sorted order.
  const firstSeen = new Map<string, { index: number; value: number }>();
  parsed.data.comparisons.forEach(([a, b, raw], i) => {
    const where = `comparisons[${i}]`;
    for (const [k, c] of [
      [0, a],
      [1, b],
    ] as const) {
      if (!listed.has(c)) errors.push(at(['comparisons', i, k], `${where}: ${show(c)} is not in the criteria list${didYouMean(c, criteria)}`));
    }
    if (a === b) {
      errors.push(at(['comparisons', i, 1], `${where}: ${show(a)} is compared with itself`));
      return;
    }
    const value = parseRatio(raw);
    if (value === undefined || value <= 0) {
      errors.push(at(['comparisons', i, 2], `${where}: ${show(String(raw))} is not a number or a ratio such as 3 or 1/3`));
      return;
    }
    if (!onScale(value)) {
      errors.push(at(['comparisons', i, 2], `${where}: ${formatRatio(value)} is off Saaty's scale: use 1/9 to 9 (9 = extremely more important)`));
      return;
    }
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const forward = a < b ? value : 1 / value;
    const earlier = firstSeen.get(key);
    if (earlier) {
      if (Math.abs(Math.log(forward / earlier.value)) > SAME) {
        const line = doc.locate(['comparisons', earlier.index])?.line;
        // The earlier judgement, turned to read as "a vs b" like this one.
        const said = formatRatio(a < b ? earlier.value : 1 / earlier.value);
        errors.push(
          at(
            ['comparisons', i, 2],
            `${where}: contradicts comparisons[${earlier.index}]${line ? ` (line ${line})` : ''}: ${a} vs ${b} is ${formatRatio(value)} here but ${said} there; give each pair once`,
          ),
        );
      }
      return;
    }
    firstSeen.set(key, { index: i, value: forward });
    comparisons.push({ a, b, value });
  });
  if (errors.length > 0) return failAll(errors);

  const lonely = unlinked(criteria, comparisons);
  if (lonely.length > 0) {
    const first = criteria.indexOf(lonely[0] as string);
    return fail(
      at(
        ['criteria', first],
        `${lonely.join(', ')} ${lonely.length === 1 ? 'is' : 'are'} not linked to ${criteria[0]} by any chain of comparisons: compare ${lonely.length === 1 ? 'it' : 'them'} with at least one other criterion`,
      ),
    );
  }
  return ok({ criteria, comparisons });
}
