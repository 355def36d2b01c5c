import { editDistance } from '../../util/suggest.js';

/** Words that join other words and say nothing about the process. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'in', 'on', 'to', 'with', 'by', 'at', 'from', 'our', 'all', 'per']);

/**
 * Words that describe how, where or how often a process runs rather than what
 * it is: "Newsletter production" and "newsletters - EMEA" are the same
 * process, so "production" and "EMEA" count for little.
 */
const QUALIFIERS = new Set([
  'production',
  'management',
  'maintenance',
  'support',
  'process',
  'service',
  'work',
  'task',
  'team',
  'upkeep',
  'handling',
  'creation',
  'operation',
  'update',
  'updating',
  'general',
  'misc',
  'various',
  'other',
  'monthly',
  'weekly',
  'daily',
  'quarterly',
  'annual',
  'yearly',
  'regular',
  'ongoing',
  'adhoc',
  'ad-hoc',
  'global',
  'local',
  'regional',
  'international',
  'domestic',
  'central',
  'emea',
  'apac',
  'amer',
  'americas',
  'latam',
  'nordic',
  'dach',
  'benelux',
  'europe',
  'eu',
  'uk',
  'us',
  'usa',
  'asia',
  'na',
  'row',
  'client',
  'customer',
  'internal',
  'external',
  'print',
  'digital',
  'online',
  'offline',
  'new',
]);

const QUALIFIER_WEIGHT = 0.3;
/** Names at least this alike are offered for merging. */
export const MERGE_THRESHOLD = 0.7;

/** Strips plural and "-ing" endings and evens out -ize/-ise, enough for process names. */
export function stemLite(word: string): string {
  let w = word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  return w;
}

export interface Token {
  stem: string;
  weight: number;
}

/** Lower case, accents and punctuation gone, stop words dropped, stems weighted. */
export function tokenize(name: string): Token[] {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const seen = new Set<string>();
  const out: Token[] = [];
  for (const word of plain.split(/[^a-z0-9]+/)) {
    if (word === '' || STOP_WORDS.has(word)) continue;
    const stem = stemLite(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    out.push({ stem, weight: QUALIFIERS.has(stem) || QUALIFIERS.has(word) ? QUALIFIER_WEIGHT : 1 });
  }
  return out;
}

/** Same word, give or take a typo or a spelling variant ("catalog" / "catalogue"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3) return true;
  return short.length >= 5 && editDistance(a, b, 40) <= 1;
}

/**
 * How alike two process names are, 0 to 1, over weighted word stems (shared
 * key words count fully, shared qualifiers little): the mean of the Dice
 * coefficient, which wants most words shared, and the overlap coefficient,
 * which lets a short name ("SEO") match a longer one ("SEO for client sites").
 */
export function nameSimilarity(a: string, b: string): number {
  return tokenSimilarity(tokenize(a), tokenize(b));
}

export function tokenSimilarity(ta: readonly Token[], tb: readonly Token[]): number {
  const wa = ta.reduce((s, t) => s + t.weight, 0);
  const wb = tb.reduce((s, t) => s + t.weight, 0);
  if (wa === 0 || wb === 0) return 0;
  const used = new Set<number>();
  let shared = 0;
  for (const x of ta) {
    const j = tb.findIndex((y, k) => !used.has(k) && sameWord(x.stem, y.stem));
    if (j === -1) continue;
    used.add(j);
    shared += (x.weight + (tb[j]?.weight ?? 0)) / 2;
  }
  const dice = (2 * shared) / (wa + wb);
  const overlap = shared / Math.min(wa, wb);
  return Math.min(1, (dice + overlap) / 2);
}

export interface NamedItem {
  id: string;
  name: string;
}

export interface SimilarPair {
  a: string;
  b: string;
  similarity: number;
}

/**
 * Pairs of items whose names are at least `threshold` alike, in list order.
 * Only items that share the start of a key word are compared, so a long list
 * costs far less than every pair.
 */
export function findNearDuplicates(items: readonly NamedItem[], threshold = MERGE_THRESHOLD): SimilarPair[] {
  const tokens = items.map((item) => tokenize(item.name));
  const byKey = new Map<string, number[]>();
  tokens.forEach((list, index) => {
    const keys = new Set(list.map((t) => t.stem.slice(0, 4)));
    for (const key of keys) {
      const bucket = byKey.get(key);
      if (bucket) bucket.push(index);
      else byKey.set(key, [index]);
    }
  });
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < items.length; i++) {
    const ti = tokens[i] ?? [];
    const candidates = new Set<number>();
    for (const t of ti) for (const j of byKey.get(t.stem.slice(0, 4)) ?? []) if (j > i) candidates.add(j);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const similarity = tokenSimilarity(ti, tokens[j] ?? []);
      const a = items[i];
      const b = items[j];
      if (a && b && similarity >= threshold) pairs.push({ a: a.id, b: b.id, similarity });
    }
  }
  return pairs;
}
