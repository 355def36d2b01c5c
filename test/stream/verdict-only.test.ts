/** The verdict the first reading ranks by must be decideVerdict's, whatever the answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictOnly } from '../../src/core/engine/verdict-only.js';
import { decideVerdict } from '../../src/core/engine/verdict.js';
import type { Answers } from '../../src/core/method.js';
import { passingAnswers } from '../helpers/inventory.js';
import { defaultMethod } from '../helpers/method.js';

const method = defaultMethod();
const { min, max } = method.scale;

/** Every criterion unanswered, on the scale or a flag; `separable` (the accountability flag) among them. */
const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(...method.criteria.map((c) => fc.option<number | boolean>(c.type === 'flag' ? fc.boolean() : fc.integer({ min, max }), { nil: undefined, freq: 4 })))
  .map((values) => {
    const answers: Answers = {};
    method.criteria.forEach((c, i) => {
      const v = values[i];
      if (v !== undefined && v !== null) answers[c.id] = v;
    });
    return answers;
  });

/** Answers that pass every gate, with a few changed: the ones that reach outsource and split. */
const nearPassingArb: fc.Arbitrary<Answers> = fc
  .tuple(
    answersArb,
    fc.subarray(
      method.criteria.map((c) => c.id),
      { maxLength: 3 },
    ),
  )
  .map(([random, changed]) => {
    const answers: Answers = { ...passingAnswers() };
    for (const id of changed) {
      if (random[id] === undefined) delete answers[id];
      else answers[id] = random[id];
    }
    return answers;
  });

/** Answers that pass, with one accountability gate fired and its flag (separable) true or not: split, or the gate's verdict. */
const accountabilityGates = ([3, 4, 5] as const).flatMap((step) => method.gatesByStep[step].filter((g) => g.unless !== undefined));
const accountableArb: fc.Arbitrary<Answers> = fc
  .tuple(fc.constantFrom(...accountabilityGates), fc.option(fc.boolean(), { nil: undefined }))
  .map(([gate, flag]) => {
    const answers: Answers = { ...passingAnswers(), [gate.criterion]: gate.value };
    if (flag === undefined) delete answers[gate.unless ?? ''];
    else answers[gate.unless ?? ''] = flag;
    return answers;
  });

describe('verdictOnly', () => {
  it('is the verdict of decideVerdict', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(answersArb, nearPassingArb, accountableArb), (answers) => {
        const verdict = verdictOnly(answers, method);
        seen.add(verdict);
        expect(verdict).toBe(decideVerdict(answers, method).verdict);
      }),
      { numRuns: 3000 },
    );
    // Every verdict was reached, split (an accountability gate kept) included.
    expect([...seen].sort()).toEqual(['defer', 'incomplete', 'keep', 'outsource', 'retain', 'split']);
  });
});
