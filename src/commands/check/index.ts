import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { loadInventory } from '../../core/inventory/load.js';
import type { Inventory } from '../../core/inventory/types.js';
import { loadRoadmap } from '../../core/roadmap/load.js';
import { checkRoadmap } from '../../core/roadmap/run.js';
import { listRules } from '../../core/roadmap/settings.js';
import { atOrAbove, type Finding, type Severity } from '../../core/roadmap/types.js';
import { checkReporters } from '../../reporters/check/index.js';
import { summarize, type CheckFormat, type CheckReport } from '../../reporters/check/types.js';
import { EXIT, UserError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { readInput } from '../../cli/read-input.js';
import { isInside, repositoryRoot } from '../../cli/repository-bounds.js';
import { sanitize } from '../../util/sanitize.js';
import { version } from '../../version.js';
import { loadRulesWithChecks } from './load-rules.js';

export interface CheckOptions {
  files: string[];
  format: CheckFormat;
  failOn: Severity;
  rules?: string;
  /** YYYY-MM-DD for waiver expiry; defaults to the local date. */
  today?: string;
  /** Reads an `inventory:` outside the roadmap's repository (refused by default). */
  allowInventoryOutside?: boolean;
}

/** Today's date where the user is, as waivers write it. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a path is shown: relative to the working directory, with forward slashes, control characters made visible (the roadmap names it). */
const display = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return sanitize((rel === '' || isAbsolute(rel) ? path : rel).split(sep).join('/'));
};

type LoadedInventory = { ok: true; inventory: Inventory; name: string } | { ok: false; reason: string; diagnostics?: Diagnostic[] };

/**
 * Checks each roadmap against its inventory and the rules. Exit 0 when no
 * finding is at or above --fail-on, 1 when one is, 2 when a roadmap or its
 * inventory cannot be read or is not valid (then nothing goes to stdout).
 */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const { method, checks } = await loadRulesWithChecks(options.rules, io);
  const today = options.today ?? localDate(new Date());
  const fatal: Diagnostic[] = [];
  const findings: Finding[] = [];
  const files: CheckReport['files'] = [];
  const inventories = new Map<string, Promise<LoadedInventory>>();

  const readInventory = async (path: string): Promise<LoadedInventory> => {
    const name = display(io.cwd, path);
    let text: string;
    try {
      text = (await readInput(path, io)).text;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const message = error.diagnostics[0]?.message ?? 'cannot be read';
      return { ok: false, reason: message.includes(': ') ? message.slice(message.lastIndexOf(': ') + 2) : message };
    }
    const loaded = loadInventory(text, name, method);
    if (!loaded.ok) return { ok: false, reason: 'is not a valid inventory', diagnostics: loaded.errors };
    return { ok: true, inventory: loaded.value, name };
  };

  for (const path of options.files) {
    let input;
    try {
      input = await readInput(path, io);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      for (const d of error.diagnostics) fatal.push(d);
      continue;
    }
    const loaded = loadRoadmap(input.text, input.name);
    if (!loaded.ok) {
      for (const d of loaded.errors) fatal.push(d);
      continue;
    }
    const roadmap = loaded.value;
    const base = path === '-' ? io.cwd : dirname(resolve(io.cwd, path));
    const inventoryPath = resolve(base, roadmap.roadmap.inventory);
    const root = repositoryRoot(base);
    if (!options.allowInventoryOutside && !isInside(root, inventoryPath)) {
      const at = roadmap.doc.locate(['inventory']);
      fatal.push({ file: roadmap.file, ...at, message: `inventory ${display(io.cwd, inventoryPath)} is outside the roadmap's repository (${display(io.cwd, root)}), or a link leads out of it; pass --allow-inventory-outside to read it [inventory-unreadable]` });
      continue;
    }
    let pending = inventories.get(inventoryPath);
    if (!pending) inventories.set(inventoryPath, (pending = readInventory(inventoryPath)));
    const inventory = await pending;
    if (!inventory.ok) {
      const at = roadmap.doc.locate(['inventory']);
      const shown = display(io.cwd, inventoryPath);
      const rule = inventory.diagnostics ? 'inventory-invalid' : 'inventory-unreadable';
      fatal.push({ file: roadmap.file, ...at, message: `inventory ${shown} ${inventory.diagnostics ? inventory.reason : `cannot be read: ${inventory.reason}`} [${rule}]` });
      for (const d of inventory.diagnostics ?? []) fatal.push({ ...d, message: `${d.message} [inventory-invalid]` });
      continue;
    }
    files.push({ file: roadmap.file, text: roadmap.text });
    for (const f of checkRoadmap({ roadmap, inventory: inventory.inventory, inventoryFile: inventory.name, method, settings: checks, today })) findings.push(f);
  }
  if (fatal.length > 0) throw new UserError(fatal);

  const report: CheckReport = {
    findings,
    files,
    rules: listRules(checks),
    summary: summarize(findings),
    failOn: options.failOn,
    tool: { name: 'outsource', version },
  };
  io.stdout(checkReporters[options.format](report, { color: io.color && options.format === 'text' }));
  return findings.some((f) => !f.suppressed && atOrAbove(f.severity, options.failOn)) ? EXIT.findings : EXIT.ok;
}
