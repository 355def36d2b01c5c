import { z } from 'zod';
import type { Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { parsePositioned } from '../parse/yaml-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import type { Finding } from './types.js';

/** What marks a file as a baseline, so that rewriting one never clobbers another kind of file. */
export const BASELINE_KIND = 'outsource-check-baseline';

const entryShape = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'a fingerprint is 16 hexadecimal digits, as --write-baseline writes it'),
  rule: z.string(),
  file: z.string(),
  message: z.string().optional(),
});

export const baselineShape = z.object({
  kind: z.literal(BASELINE_KIND),
  version: z.literal(1),
  findings: z.array(entryShape),
});

export type Baseline = z.infer<typeof baselineShape>;

/**
 * The findings a team accepts for now: every finding that counts (waived
 * ones are already accepted in the roadmap), by fingerprint, sorted so the
 * file diffs well. The message is for the reader; only the fingerprint matches.
 */
export function makeBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f) => !f.suppressed && f.fingerprint !== undefined)
    .map((f) => ({ fingerprint: f.fingerprint as string, rule: f.rule, file: f.file, message: f.message }))
    .sort((a, b) =>
      a.file < b.file
        ? -1
        : a.file > b.file
          ? 1
          : a.rule < b.rule
            ? -1
            : a.rule > b.rule
              ? 1
              : a.fingerprint < b.fingerprint
                ? -1
                : a.fingerprint > b.fingerprint
                  ? 1
                  : 0,
    );
  return { kind: BASELINE_KIND, version: 1, findings: entries };
}

/**
 * Marks each finding `unchanged` when the baseline holds its fingerprint,
 * `new` otherwise. A fingerprint listed twice covers two findings: a third
 * one like them is new. Waived findings are left as they are.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const left = new Map<string, number>();
  for (const e of baseline.findings) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  return findings.map((f) => {
    if (f.suppressed) return f;
    const n = f.fingerprint === undefined ? 0 : (left.get(f.fingerprint) ?? 0);
    if (n > 0) left.set(f.fingerprint as string, n - 1);
    return { ...f, baseline: n > 0 ? 'unchanged' : 'new' };
  });
}

/** Reads a baseline file (JSON), with file:line:column for what is wrong in it. */
export function loadBaseline(text: string, file: string): Result<Baseline> {
  const doc = parsePositioned(text, file);
  if (!doc.ok) return doc;
  const parsed = baselineShape.safeParse(doc.value.value);
  if (!parsed.success) return fail(...issuesToDiagnostics(parsed.error.issues, doc.value.value, doc.value).slice(0, 20));
  return ok(parsed.data);
}
