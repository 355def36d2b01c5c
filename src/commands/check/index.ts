import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../../core/parse/diagnostics.js';
import { formatDiagnostic } from '../../core/parse/diagnostics.js';
import { loadInventoryLazily } from '../../core/inventory/load-lazily.js';
import { lenientAboutDirections } from '../../io/undirected-metrics.js';
import type { Inventory } from '../../core/inventory/types.js';
import { loadRoadmapLazily } from '../../core/roadmap/load-lazily.js';
import { checkRoadmap } from '../../core/roadmap/run.js';
import { listRules } from '../../core/roadmap/settings.js';
import { atOrAbove, type Finding, type Severity } from '../../core/roadmap/types.js';
import { CHECK_FORMATS, checkReporters } from '../../reporters/check/index.js';
import { isOpen, summarize, type CheckFormat, type CheckReport } from '../../reporters/check/types.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { readInput } from '../../io/read-input.js';
import { configFile, findConfig } from '../../io/config.js';
import { type OutputFlags, outputsFor, writeOutputs } from '../../io/outputs.js';
import { sanitize } from '../../util/sanitize.js';
import { repositoryPage, version } from '../../version.js';
import { loadMethodFor } from '../../io/load-method.js';
import type { WaiverPolicy } from '../../core/roadmap/waivers.js';
import { expandRoadmapArguments } from '../../io/expand-paths.js';
import { progressLine } from '../../io/progress.js';
import { displayPath, inventoryBounds, isInside, repositoryRoot } from '../../io/repo-root.js';
import { actualsFor } from './actuals.js';

export interface CheckOptions extends OutputFlags<CheckFormat> {
  /** Roadmap files, folders or globs. */
  files: string[];
  /** Default: the configuration's `fail-on`, else error. */
  failOn?: Severity;
  rules?: string;
  /** Findings this baseline holds are shown but do not fail the check. */
  baseline?: string;
  /** Writes every current finding to this baseline file. */
  writeBaseline?: string;
  /** YYYY-MM-DD for waiver expiry; defaults to the local date. */
  today?: string;
  /** Actuals to judge the SLAs against (sla-breached); without it, each roadmap's tracking.actuals if it names one. */
  actuals?: string;
  /** Reads an `inventory:` outside the roadmap's repository (refused by default). */
  allowInventoryOutside?: boolean;
}

/** Today's date where the user is, as waivers write it. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type LoadedInventory = { ok: true; inventory: Inventory; name: string } | { ok: false; reason: string; diagnostics?: Diagnostic[] };

/** A read error names its file in the message ("x.yaml: no such file"); a report names it apart. */
function asFileDiagnostics(error: UserError, file: string, given: string): Diagnostic[] {
  return error.diagnostics.map((d) => {
    if (d.file) return d;
    const prefix = `${given}: `;
    return { file, message: d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message };
  });
}

/**
 * Checks each roadmap against its inventory and the rules, and writes every
 * format asked for. Exit 0 when no finding that counts is at or above
 * --fail-on, 1 when one is, 2 when a roadmap or its inventory cannot be read
 * or is not valid: the others are still checked, and every format reports
 * the ones that could not be.
 */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const config = await findConfig(io);
  const targets = await outputsFor('check', CHECK_FORMATS, 'text', options, io);
  const failOn: Severity = options.failOn ?? config?.config['fail-on'] ?? 'error';
  const { method, checks } = await loadMethodFor(options.rules, io);
  const baselinePath = options.writeBaseline === undefined ? (options.baseline ?? configFile(config, 'baseline', io.cwd)) : undefined;
  // Baselines (and the schema they are read with) load only when one is used.
  const baselines = baselinePath === undefined && options.writeBaseline === undefined ? undefined : await loadBaselineModules();
  const baseline = baselinePath === undefined ? undefined : await baselines?.readBaseline(baselinePath, io);
  const waivers = config?.config.waivers;
  const waiverPolicy: WaiverPolicy | undefined = waivers && {
    ...(waivers['require-expiry'] === undefined ? {} : { requireExpiry: waivers['require-expiry'] }),
    ...(waivers.inline === undefined ? {} : { inline: waivers.inline }),
  };
  const today = options.today ?? localDate(new Date());
  const root = repositoryRoot(io.cwd, io.env);
  const show = (path: string) => (path === '-' ? '<stdin>' : displayPath(root, io.cwd, path));

  const expanded = await expandRoadmapArguments(options.files, io.cwd);
  const errors: Diagnostic[] = [...expanded.errors];
  let findings: Finding[] = [];
  const files: CheckReport['files'] = [];
  const inventories = new Map<string, Promise<LoadedInventory>>();

  const readInventory = async (path: string): Promise<LoadedInventory> => {
    const name = show(path);
    let text: string;
    try {
      text = (await readInput(path, io, { workbook: true })).text;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return { ok: false, reason: error.diagnostics[0]?.message ?? 'cannot be read' };
    }
    // A metric without a direction loads: the SLA built on it is a target-not-better finding instead.
    const loaded = await loadInventoryLazily(text, name, lenientAboutDirections(method));
    if (!loaded.ok) return { ok: false, reason: 'is not a valid inventory', diagnostics: loaded.errors };
    return { ok: true, inventory: loaded.value, name };
  };

  const progress = progressLine(io, 'checking roadmaps');
  for (const [index, path] of expanded.paths.entries()) {
    progress.update(index, expanded.paths.length);
    const name = show(path);
    let input;
    try {
      input = await readInput(path, io);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(...asFileDiagnostics(error, name, path === '-' ? '<stdin>' : sanitize(path)));
      continue;
    }
    const loaded = await loadRoadmapLazily(input.text, name);
    if (!loaded.ok) {
      for (const d of loaded.errors) errors.push(d);
      continue;
    }
    const roadmap = loaded.value;
    const base = path === '-' ? io.cwd : dirname(resolve(io.cwd, path));
    const inventoryPath = resolve(base, roadmap.roadmap.inventory);
    const bounds = inventoryBounds(base);
    if (!options.allowInventoryOutside && !isInside(bounds, inventoryPath)) {
      const at = roadmap.doc.locate(['inventory']);
      errors.push({
        file: roadmap.file,
        ...at,
        message: `inventory ${show(inventoryPath)} is outside the roadmap's repository (${show(bounds)}), or a link leads out of it; pass --allow-inventory-outside to read it [inventory-unreadable]`,
      });
      continue;
    }
    let pending = inventories.get(inventoryPath);
    if (!pending) inventories.set(inventoryPath, (pending = readInventory(inventoryPath)));
    const inventory = await pending;
    if (!inventory.ok) {
      const at = roadmap.doc.locate(['inventory']);
      const rule = inventory.diagnostics ? 'inventory-invalid' : 'inventory-unreadable';
      errors.push({
        file: roadmap.file,
        ...at,
        message: `inventory ${show(inventoryPath)} ${inventory.diagnostics ? inventory.reason : `cannot be read: ${inventory.reason}`} [${rule}]`,
      });
      for (const d of inventory.diagnostics ?? []) errors.push({ ...d, message: `${d.message} [inventory-invalid]` });
      continue;
    }
    let tracking;
    try {
      tracking = await actualsFor(roadmap, base, options.actuals, inventory.inventory, inventoryPath, method, io);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(...error.diagnostics);
      continue;
    }
    files.push({ file: roadmap.file, text: roadmap.text });
    for (const f of checkRoadmap({
      roadmap,
      inventory: inventory.inventory,
      inventoryFile: inventory.name,
      method,
      settings: checks,
      today,
      ...(waiverPolicy ? { waiverPolicy } : {}),
      ...(tracking ? { tracking } : {}),
    }))
      findings.push(f);
  }
  progress.end();

  if (baselines && options.writeBaseline !== undefined && errors.length === 0) {
    const written = await baselines.writeBaseline(options.writeBaseline, findings, io, { force: Boolean(options.force) });
    findings = baselines.applyBaseline(findings, written);
  } else if (baselines && baseline) {
    findings = baselines.applyBaseline(findings, baseline);
  }
  if (options.writeBaseline !== undefined && errors.length > 0)
    errors.push({ file: sanitize(options.writeBaseline), message: 'not written: a baseline of a run that could not check every roadmap would be incomplete' });

  // Errors go to stderr whatever the formats, as one line each; the formats carry them too.
  for (const d of errors.slice(0, 20)) io.stderr(`outsource: ${formatDiagnostic(d)}\n`);
  if (errors.length > 20) io.stderr(`outsource: ... and ${errors.length - 20} more problems\n`);

  const report: CheckReport = {
    findings,
    files,
    rules: listRules(checks),
    summary: summarize(findings, baseline !== undefined || options.writeBaseline !== undefined),
    failOn,
    tool: { name: 'outsource', version, ...(repositoryPage ? { home: repositoryPage, docs: `${repositoryPage}/blob/HEAD/docs/rules.md` } : {}) },
    errors,
  };
  // Text for people says nothing stderr has not said when no roadmap could be checked; the other formats report it.
  const render = (format: CheckFormat, toStdout: boolean) =>
    format === 'text' && files.length === 0 && errors.length > 0 ? '' : checkReporters[format](report, { color: toStdout && io.color && format === 'text' });
  await writeOutputs(targets, render, io, { force: Boolean(options.force) });
  if (errors.length > 0) return EXIT.error;
  return findings.some((f) => isOpen(f) && atOrAbove(f.severity, failOn)) ? EXIT.findings : EXIT.ok;
}

async function loadBaselineModules() {
  const [{ applyBaseline }, { readBaseline, writeBaseline }] = await Promise.all([import('../../core/roadmap/baseline.js'), import('./baseline-file.js')]);
  return { applyBaseline, readBaseline, writeBaseline };
}
