import type { Diagnostic } from '../parse/diagnostics.js';
import type { RulesFile } from '../rules/schema.js';
import { FLAG_SPELLINGS, flagWord } from '../parse/flag-words.js';
import { didYouMean } from '../../util/suggest.js';
import { sanitize } from '../../util/sanitize.js';

const shown = (value: unknown): string => (typeof value === 'string' ? `"${sanitize(value)}"` : String(value));

/**
 * What the schema cannot see in a `tests:` list: names must be unique, a
 * `base` must name an earlier test, answers must name criteria of the method
 * and fit their type and scale, expected reasons must be gate ids (or
 * "priority"), and a score range must not be upside down. Each problem is
 * reported at the node it is about.
 */
export function checkRuleTests(raw: RulesFile, at: (path: PropertyKey[], message: string) => Diagnostic): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const tests = raw.tests ?? [];
  const { min, max } = raw.scale;
  const criteria = Object.keys(raw.criteria);
  const gates = [...Object.keys(raw.gates), 'priority'];
  const seen = new Map<string, number>();
  tests.forEach((t, i) => {
    const first = seen.get(t.name);
    if (first !== undefined)
      errors.push(at(['tests', i, 'name'], `tests[${i}]: the name "${t.name}" is already used by tests[${first}]; names must be unique`));
    if (t.base !== undefined && !seen.has(t.base)) {
      const later = tests.findIndex((other, k) => k > i && other.name === t.base);
      const why = later >= 0 ? ` (tests[${later}] comes later; a base must come first)` : didYouMean(t.base, [...seen.keys()]);
      errors.push(at(['tests', i, 'base'], `tests[${i}]: base "${t.base}" is not an earlier test${why}`));
    }
    if (first === undefined) seen.set(t.name, i);
    for (const [id, value] of Object.entries(t.answers ?? {})) {
      const c = raw.criteria[id];
      if (!c) {
        errors.push(at(['tests', i, 'answers', id], `tests[${i}].answers: unknown criterion "${id}"${didYouMean(id, criteria)}`));
        continue;
      }
      if (value === null) continue;
      if (c.type === 'flag' && typeof value === 'number')
        errors.push(at(['tests', i, 'answers', id], `tests[${i}].answers.${id}: is a flag, so true or false, got ${value}`));
      if (c.type === 'flag' && typeof value === 'string' && flagWord(value) === undefined)
        errors.push(
          at(['tests', i, 'answers', id], `tests[${i}].answers.${id}: is a flag, so true or false, got ${shown(value)}; accepted spellings: ${FLAG_SPELLINGS}`),
        );
      if (c.type === 'scale' && (typeof value !== 'number' || value < min || value > max))
        errors.push(at(['tests', i, 'answers', id], `tests[${i}].answers.${id}: must be a whole number from ${min} to ${max}, got ${shown(value)}`));
    }
    (t.reasons ?? []).forEach((gate, k) => {
      if (!gates.includes(gate)) errors.push(at(['tests', i, 'reasons', k], `tests[${i}].reasons: unknown gate "${gate}"${didYouMean(gate, gates)}`));
    });
    if (t.score?.min !== undefined && t.score.max !== undefined && t.score.min > t.score.max)
      errors.push(at(['tests', i, 'score'], `tests[${i}].score: min ${t.score.min} is above max ${t.score.max}`));
  });
  return errors;
}
