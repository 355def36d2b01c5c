import { createRequire } from 'node:module';
import type { RE2JS as RE2JSClass } from 're2js';

/**
 * `matches()` in a check of your own runs on RE2 (linear time in the text):
 * JavaScript's backtracking engine takes minutes on `^(a+)+$` against 41
 * characters, and a rules file in a pull request is as hostile as any input.
 * RE2 refuses backreferences and lookaround, which is what makes it safe.
 * The engine loads on first use, so checks without `matches()` never pay for it.
 */
let engine: typeof RE2JSClass | undefined;
const compiled = new Map<string, InstanceType<typeof RE2JSClass>>();

function re2(): typeof RE2JSClass {
  engine ??= (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JSClass }).RE2JS;
  return engine;
}

/** Compiles a pattern, or says why RE2 refuses it. */
export function compileLinear(pattern: string): { ok: true } | { ok: false; message: string } {
  try {
    compiledPattern(pattern);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function compiledPattern(pattern: string): InstanceType<typeof RE2JSClass> {
  let p = compiled.get(pattern);
  if (!p) {
    p = re2().compile(pattern);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, p);
  }
  return p;
}

/** True when `pattern` matches anywhere in `text` (CEL's `matches`: a search, not a full match). */
export function matchesLinear(text: string, pattern: string): boolean {
  let p;
  try {
    p = compiledPattern(pattern);
  } catch (error) {
    throw new Error(
      `invalid regular expression for matches() (RE2 syntax: no backreferences or lookaround): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return p.matcher(text).find();
}
