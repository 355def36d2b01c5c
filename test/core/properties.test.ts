/**
 * Property tests (fast-check) of the promises the documentation makes about the whole
 * engine: dominance whatever the positive weights, determinism, ranks that do
 * not depend on input order, the same result from CSV, YAML and JSON, and
 * JSON output that always fits the published schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInventory, type Assessment } from '../../src/core/engine/evaluate.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import type { Inventory, Process } from '../../src/core/inventory/types.js';
import type { Answers, Method } from '../../src/core/method.js';
import { formatDiagnostic } from '../../src/core/parse/diagnostics.js';
import { renderJson } from '../../src/reporters/score/json.js';
import { defaultMethod, methodFrom } from '../helpers/method.js';
import { passingAnswers, toCsv, toJson, toYaml } from '../helpers/inventory.js';
import { schemaErrors, validateScoreOutput } from '../helpers/json-schema.js';

const base = defaultMethod();
const STEP6 = base.priority.map((p) => p.criterion);
/** The gates that test step-6 criteria; switched off, every step-6 answer 1-5 reaches the score. */
const STEP6_GATES = ['competitive-advantage', 'too-little-benefit', 'high-jeopardy', 'rare-expertise'];

// ---- arbitraries --------------------------------------------------------------------------

/** Positive weights across the whole allowed range, with the extremes that break naive arithmetic. */
const weightArb = fc.oneof(
  { arbitrary: fc.constantFrom(Number.MIN_VALUE, 1e-300, 1e-12, 1e-6, 0.001, 1, 999.999, 1000), weight: 3 },
  { arbitrary: fc.double({ min: 1e-9, max: 1000, noNaN: true, noDefaultInfinity: true }).filter((w) => w > 0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 1000 }), weight: 1 },
);

/** A rules override (JSON is YAML) that sets every step-6 weight and maybe switches the step-6 gates off. */
const methodArb = fc.record({ weights: fc.tuple(...STEP6.map(() => weightArb)), open: fc.boolean() }).map(({ weights, open }) => {
  const criteria = Object.fromEntries(STEP6.map((id, i) => [id, { priority: { weight: weights[i] } }]));
  const gates = open ? Object.fromEntries(STEP6_GATES.map((g) => [g, { enabled: false }])) : {};
  const text = JSON.stringify({ extends: 'default', criteria, gates });
  // A counterexample prints as the rules file that produced it, not as the compiled method.
  return Object.defineProperty({ method: methodFrom(text), open, text }, fc.toStringMethod, { value: () => `rules: ${text}` });
});

/** Any answer a criterion can take, or unanswered. */
function answerArb(method: Method, id: string): fc.Arbitrary<number | boolean | undefined> {
  const c = method.criteriaById.get(id)!;
  const value: fc.Arbitrary<number | boolean> = c.type === 'flag' ? fc.boolean() : fc.integer({ min: method.scale.min, max: method.scale.max });
  return fc.option(value, { nil: undefined, freq: 4 });
}

/** Answers that pass steps 3-5 more often than not, so inventories hold every verdict. */
function answersArb(method: Method): fc.Arbitrary<Answers> {
  const ids = method.criteria.filter((c) => !c.optional).map((c) => c.id);
  return fc.tuple(fc.boolean(), ...ids.map((id) => answerArb(method, id))).map(([mostlyPassing, ...values]) => {
    const answers: Record<string, number | boolean | undefined> = mostlyPassing ? { ...passingAnswers() } : {};
    ids.forEach((id, i) => {
      if (!mostlyPassing || i % 3 === 0) answers[id] = values[i];
    });
    for (const k of Object.keys(answers)) if (answers[k] === undefined) delete answers[k];
    return answers as Answers;
  });
}

const NAME_CHARS = ['a', 'B', 'z', ' ', ',', '"', "'", '\n', '\r\n', '#', ':', '-', 'é', '✓', '=', '\t', '0', 'yes', 'null'];
const textArb = (max: number) =>
  fc
    .array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: max })
    .map((parts) => parts.join(''))
    .filter((s) => /\S/.test(s));

/**
 * Inventories of unique ids. Answers are drawn from a small pool, so several
 * processes often share the same answers and tie: ties are where ranking goes wrong.
 */
function inventoryArb(method: Method, maxProcesses = 25): fc.Arbitrary<Inventory> {
  const processArb = (pool: Answers[]) =>
    fc.record({
      name: textArb(12),
      function: fc.option(textArb(8), { nil: undefined }),
      answers: fc.oneof(fc.constantFrom(...pool), answersArb(method)),
    });
  return fc
    .tuple(
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/), { minLength: 1, maxLength: maxProcesses }),
      fc.array(answersArb(method), { minLength: 1, maxLength: 4 }),
    )
    .chain(([ids, pool]) => fc.tuple(fc.constant(ids), fc.array(processArb(pool), { minLength: ids.length, maxLength: ids.length })))
    .map(([ids, parts]) => ({
      processes: ids.map((id, i): Process => {
        const { name, function: fn, answers } = parts[i]!;
        return fn === undefined ? { id, name, answers: { ...answers } } : { id, name, function: fn, answers: { ...answers } };
      }),
    }));
}

// ---- helpers ------------------------------------------------------------------------------

function load(text: string, file: string, method: Method): Inventory {
  const result = loadInventory(text, file, method);
  if (!result.ok) throw new Error(`${file} did not load:\n${result.errors.map(formatDiagnostic).join('\n')}\n---\n${text}`);
  return result.value;
}

const ranksById = (a: Assessment) => new Map(a.evaluations.map((e) => [e.id, e.rank]));

/** A favourability level 0 (worst) to 4 (best) as an answer; -1 is unanswered, as unfavourable as 0. */
function answerFor(method: Method, criterion: string, level: number): number | undefined {
  if (level < 0) return undefined;
  const effect = method.priority.find((p) => p.criterion === criterion)!.effect;
  return effect === 'raises' ? method.scale.min + level : method.scale.max - level;
}
const favour = (level: number) => Math.max(0, level);

/** The lowest level each step-6 criterion may take without a default gate firing or leaving the process incomplete. */
const GATED_MIN_LEVEL: Record<string, number> = { core_competency: 2, benefit: 1, risk: 2, domain_expertise: 1 };

// ---- properties ---------------------------------------------------------------------------

describe('dominance', () => {
  it('a process at least as good on every step-6 criterion and better on one ranks above, for any positive weights', () => {
    // B's levels, then a few criteria (often just one) where A is better: the hard case is a
    // single improvement on a criterion whose weight is tiny next to the others.
    const levelsArb = fc.tuple(...STEP6.map(() => fc.integer({ min: -1, max: 4 })));
    const betterArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: STEP6.length - 1 }), fc.integer({ min: 1, max: 4 })), {
      minLength: 1,
      maxLength: 3,
      selector: ([i]) => i,
    });
    fc.assert(
      fc.property(
        methodArb,
        levelsArb,
        betterArb,
        fc.array(answersArb(base), { maxLength: 8 }),
        fc.constantFrom('outsource', 'split', 'mixed'),
        ({ method, open }, levels, better, others, kind) => {
          const floorOf = (id: string) => (open ? -1 : (GATED_MIN_LEVEL[id] ?? -1));
          const bLevels = STEP6.map((id, i) => Math.max(levels[i]!, floorOf(id)));
          const aLevels = [...bLevels];
          for (const [i, step] of better) aLevels[i] = Math.min(4, favour(bLevels[i]!) + step);
          fc.pre(aLevels.some((l, i) => favour(l) > favour(bLevels[i]!)));
          const a: Record<string, number | boolean | undefined> = passingAnswers();
          const b: Record<string, number | boolean | undefined> = passingAnswers();
          STEP6.forEach((id, i) => {
            a[id] = answerFor(method, id, aLevels[i]!);
            b[id] = answerFor(method, id, bLevels[i]!);
          });
          // A split is ranked exactly like an outsource: the accountable part kept in-house changes nothing in step 6.
          if (kind !== 'outsource') Object.assign(a, { compliance_owner: true, separable: true });
          if (kind === 'split') Object.assign(b, { face_to_face: 4, separable: true });
          const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Answers;
          // Ids chosen so that the id tie-break would favour B: only the answers can put A first.
          const processes: Process[] = [
            { id: 'zz-dominant', name: 'A', answers: clean(a) },
            { id: 'aa-dominated', name: 'B', answers: clean(b) },
            ...others.map((answers, i) => ({ id: `other-${i}`, name: `other ${i}`, answers })),
          ];
          const { evaluations } = evaluateInventory({ processes }, method);
          const [ea, eb] = evaluations;
          expect(ea?.verdict).toBe(kind === 'outsource' ? 'outsource' : 'split');
          expect(eb?.verdict).toBe(kind === 'split' ? 'split' : 'outsource');
          expect(ea!.rank!).toBeLessThan(eb!.rank!);
          expect(ea!.priority!.score).toBeGreaterThanOrEqual(eb!.priority!.score);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('determinism and order independence', () => {
  it('the same inventory and rules always give the same result', () => {
    fc.assert(
      fc.property(methodArb, inventoryArb(base), ({ method }, inventory) => {
        const first = evaluateInventory(structuredClone(inventory), method);
        const second = evaluateInventory(structuredClone(inventory), method);
        expect(second).toEqual(first);
        expect(renderJson({ assessment: second, method })).toBe(renderJson({ assessment: first, method }));
      }),
      { numRuns: 50 },
    );
  });

  it('shuffling an inventory never changes any verdict, score or rank', () => {
    fc.assert(
      fc.property(
        methodArb,
        inventoryArb(base, 40).chain((inv) => fc.tuple(fc.constant(inv), fc.shuffledSubarray(inv.processes, { minLength: inv.processes.length }))),
        ({ method }, [inventory, shuffled]) => {
          const original = evaluateInventory(inventory, method);
          const reordered = evaluateInventory({ processes: shuffled }, method);
          expect(ranksById(reordered)).toEqual(ranksById(original));
          const byId = new Map(original.evaluations.map((e) => [e.id, e]));
          for (const e of reordered.evaluations) expect(e).toEqual(byId.get(e.id));
          expect(reordered.shortlist.map((e) => e.id)).toEqual(original.shortlist.map((e) => e.id));
          // Ranks are 1..n over the outsource processes.
          expect(original.shortlist.map((e) => e.rank)).toEqual(original.shortlist.map((_, i) => i + 1));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('file formats', () => {
  it('CSV, YAML and JSON serialisations of the same inventory give the same result', () => {
    fc.assert(
      fc.property(inventoryArb(base), fc.boolean(), (inventory, crlf) => {
        const fromYaml = load(toYaml(inventory), 'inv.yaml', base);
        const fromJson = load(toJson(inventory), 'inv.json', base);
        const fromCsv = load(toCsv(inventory, base, crlf ? '\r\n' : '\n'), 'inv.csv', base);
        expect(fromYaml.processes).toEqual(inventory.processes);
        expect(fromJson.processes).toEqual(inventory.processes);
        expect(fromCsv.processes).toEqual(inventory.processes);
        const expected = evaluateInventory(fromYaml, base);
        expect(evaluateInventory(fromCsv, base)).toEqual(expected);
        expect(evaluateInventory(fromJson, base)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('score JSON contract', () => {
  const validate = validateScoreOutput();

  it('always validates against score-output.schema.json and keeps input order', () => {
    fc.assert(
      fc.property(methodArb, inventoryArb(base), ({ method }, inventory) => {
        const text = renderJson({ assessment: evaluateInventory(inventory, method), method });
        const json = JSON.parse(text) as { processes: { id: string; verdict: string; score: number | null; rank: number | null }[] };
        expect(validate(json), schemaErrors(validate)).toBe(true);
        expect(json.processes.map((p) => p.id)).toEqual(inventory.processes.map((p) => p.id));
        for (const p of json.processes) expect(p.rank === null).toBe(p.verdict !== 'outsource' && p.verdict !== 'split');
      }),
      { numRuns: 100 },
    );
  });

  it('the validator is not vacuous: it rejects a broken document', () => {
    const good = JSON.parse(
      renderJson({ assessment: evaluateInventory({ processes: [{ id: 'a', name: 'A', answers: passingAnswers() }] }, base), method: base }),
    ) as {
      processes: Record<string, unknown>[];
    };
    expect(validate(good)).toBe(true);
    for (const breakIt of [
      (p: Record<string, unknown>) => (p.score = 101),
      (p: Record<string, unknown>) => (p.rank = null),
      (p: Record<string, unknown>) => (p.verdict = 'maybe'),
      (p: Record<string, unknown>) => delete p.missing,
    ]) {
      const copy = structuredClone(good);
      breakIt(copy.processes[0]!);
      expect(validate(copy)).toBe(false);
    }
  });
});
