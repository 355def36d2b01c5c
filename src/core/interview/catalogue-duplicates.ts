import { sameWord, tokenSimilarity, tokenize, type NamedItem, type SimilarPair, type Token } from './similar.js';

/**
 * A process typed by the user against one from the catalogue: the catalogue's
 * names are generic ("IT help desk and tech support"), so a name sharing
 * most key words ("IT helpdesk and laptop support") is offered for merging a
 * little sooner than two typed names are.
 */
export const CATALOGUE_THRESHOLD = 0.6;

/** Two adjacent words that the other name writes as one ("help desk" / "helpdesk") count as that one word. */
function joinCompounds(tokens: readonly Token[], other: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1];
    if (b && other.some((o) => sameWord(`${a.stem}${b.stem}`, o.stem))) {
      out.push({ stem: `${a.stem}${b.stem}`, weight: Math.max(a.weight, b.weight) });
      i++;
    } else out.push(a);
  }
  return out;
}

export function compoundSimilarity(a: string, b: string): number {
  const ta = tokenize(a);
  const tb = tokenize(b);
  return tokenSimilarity(joinCompounds(ta, tb), joinCompounds(tb, ta));
}

/** Pairs of a typed process and a catalogue one (either order in the lists) that look like the same work. */
export function cataloguePairs(typed: readonly NamedItem[], fromCatalogue: readonly NamedItem[], threshold = CATALOGUE_THRESHOLD): SimilarPair[] {
  const out: SimilarPair[] = [];
  for (const t of typed) {
    for (const c of fromCatalogue) {
      if (t.id === c.id) continue;
      const similarity = compoundSimilarity(t.name, c.name);
      if (similarity >= threshold) out.push({ a: t.id, b: c.id, similarity });
    }
  }
  return out;
}
