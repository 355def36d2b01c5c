import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../io/write-file.js';

const KIND = 'outsource-weights-session';

/** The answers live beside the rules file they will become, so `--out` finds them again. */
export const weightsSessionPathFor = (outPath: string): string => join(dirname(outPath), '.outsource-weights-session.json');

/** Saved answers for these criteria, or nothing (no file, an unreadable one, or one for other criteria). */
export async function readWeightsSession(path: string, criteria: readonly string[]): Promise<(number | null)[] | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
  const v = value as { kind?: unknown; criteria?: unknown; values?: unknown } | null;
  if (v === null || typeof v !== 'object' || v.kind !== KIND || !Array.isArray(v.criteria) || !Array.isArray(v.values)) return undefined;
  if (v.criteria.length !== criteria.length || v.criteria.some((c, i) => c !== criteria[i])) return undefined;
  const values = v.values as unknown[];
  if (!values.every((x) => x === null || (typeof x === 'number' && Number.isFinite(x) && x > 0))) return undefined;
  return values as (number | null)[];
}

/** Every save replaces the whole file (temporary file and rename): a crash keeps the previous answers or the new ones. */
export async function saveWeightsSession(path: string, criteria: readonly string[], values: readonly (number | null)[]): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify({ kind: KIND, criteria, values })}\n`, { force: true, shownAs: '.outsource-weights-session.json' });
}

export async function removeWeightsSession(path: string): Promise<void> {
  await rm(path, { force: true });
}
