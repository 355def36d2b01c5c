import { EXIT } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { listRules } from '../../core/roadmap/settings.js';
import { loadMethodFor } from '../../io/load-method.js';
import type { RulesFormat } from '../../reporters/rules/formats.js';
import { rulesReporters } from '../../reporters/rules/index.js';

export interface RulesOptions {
  rules?: string;
  format: RulesFormat;
}

/** `outsource rules`: loading the rules file validates it; the listing says what it holds. */
export async function rules(options: RulesOptions, io: Io): Promise<number> {
  const { method, checks } = await loadMethodFor(options.rules, io);
  io.stdout(rulesReporters[options.format]({ method, checks: listRules(checks) }, { color: io.color, width: io.columns }));
  return EXIT.ok;
}
