import { runRuleTests } from '../../core/rule-tests/index.js';
import type { PositionedDocument } from '../../core/parse/yaml-document.js';
import { readDocument } from '../../core/parse/read-document.js';
import { ruleTestReporters } from '../../reporters/rules/test.js';
import { EXIT } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import type { RulesFormat } from '../../reporters/rules/formats.js';

export interface RulesTestOptions {
  rules?: string;
  format: RulesFormat;
}

/**
 * `outsource rules test`: runs the `tests:` list of a rules file (or, for a
 * file that extends the default and has none, the default's) through the
 * engine. Exit 0 if every test passes, 1 if one fails, 2 if the file is invalid.
 */
export async function rulesTest(options: RulesTestOptions, io: Io): Promise<number> {
  const loaded = await loadMethodFor(options.rules, io);
  const { defaultSource, userSource: user } = loaded;
  const tests = loaded.raw.tests ?? [];

  // The tests are the user's if their file has a tests: list, else inherited from the default.
  const userDoc = user ? readDocument(user.text, user.file) : undefined;
  const userHasTests = userDoc?.ok === true && hasTests(userDoc.value);
  const defaultDoc = readDocument(defaultSource.text, defaultSource.file);
  const doc = userHasTests && userDoc?.ok ? userDoc.value : defaultDoc.ok ? defaultDoc.value : undefined;
  const from = userHasTests ? (user?.file ?? defaultSource.file) : defaultSource.file;
  const locate = (index: number) => ({ file: from, ...doc?.locate(['tests', index]) });
  const summary = runRuleTests(tests, loaded.method, locate);
  const source = user && !userHasTests ? `${from} (inherited by ${user.file})` : from;
  io.stdout(ruleTestReporters[options.format]({ summary, source }, { color: io.color }));
  return summary.failed > 0 ? EXIT.findings : EXIT.ok;
}

function hasTests(doc: PositionedDocument): boolean {
  const value = doc.value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'tests');
}
