/**
 * Yes and no as people write them in a spreadsheet or a YAML file, in the
 * languages of the teams that use the tool. Case does not matter.
 */
const WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  ja: true,
  oui: true,
  false: false,
  no: false,
  nein: false,
  non: false,
};

export const FLAG_SPELLINGS = 'yes/no, true/false, ja/nein, oui/non';

/** `true`/`false` for a spelling of yes or no; undefined for anything else. */
export function flagWord(value: string): boolean | undefined {
  const key = value.trim().toLowerCase();
  return Object.hasOwn(WORDS, key) ? WORDS[key] : undefined;
}

/**
 * Turns spelled flags ("no", "Ja", "oui") in the answers of each process into
 * booleans, in place, before validation: YAML's core schema reads `no` as a
 * string. Anything else is left for the schema to refuse with the spellings.
 */
export function normaliseFlagWords(value: unknown, flagIds: ReadonlySet<string>): void {
  if (flagIds.size === 0 || value === null || typeof value !== 'object') return;
  const processes = (value as { processes?: unknown }).processes;
  if (!Array.isArray(processes)) return;
  for (const p of processes) {
    if (p === null || typeof p !== 'object') continue;
    fix((p as { answers?: unknown }).answers, flagIds);
    const by = (p as { answers_by?: unknown }).answers_by;
    if (by !== null && typeof by === 'object') for (const key of Object.keys(by)) fix((by as Record<string, unknown>)[key], flagIds);
  }
}

function fix(answers: unknown, flagIds: ReadonlySet<string>): void {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return;
  const map = answers as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    const v = map[key];
    if (typeof v !== 'string' || !flagIds.has(key)) continue;
    const flag = flagWord(v);
    if (flag !== undefined) map[key] = flag;
  }
}
