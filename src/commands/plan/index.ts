import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { evaluateInventory } from '../../core/engine/evaluate.js';
import { draftRoadmap, type RoadmapDraft } from '../../core/plan/draft.js';
import { renderRoadmapYaml } from '../../core/plan/yaml.js';
import { draftProgramme, programmeComments, programmeLine } from '../../core/plan/money.js';
import { loadRoadmap } from '../../core/roadmap/load.js';
import { loadVendors } from '../../core/vendors/load.js';
import { scoreVendors, type Scorecard } from '../../core/vendors/score.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { loadMethodFor } from '../../io/load-method.js';
import { readInventoryFile } from '../../io/read-inventory.js';
import { readInput } from '../../io/read-input.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { note } from '../../io/note.js';

export interface PlanOptions {
  file: string;
  /** Where to write the roadmap; without it, the roadmap goes to stdout. */
  out?: string;
  force?: boolean;
  rules?: string;
  /** A vendors file: each process goes to the best-ranked vendor whose scope names it. */
  vendors?: string;
}

/** The inventory as the roadmap should name it: relative to the roadmap's folder, with forward slashes. */
function inventoryRef(inventory: string, roadmapDir: string): string {
  const rel = relative(roadmapDir, inventory);
  return (isAbsolute(rel) ? inventory : rel).split(sep).join('/');
}

function todoLine(draft: RoadmapDraft): string {
  const t = draft.todo;
  const parts = ['the owner'];
  const n = (count: number, one: string, many: string) => (count > 0 ? [`${count} ${count === 1 ? one : many}`] : []);
  parts.push(
    ...n(t.targets, 'SLA target', 'SLA targets'),
    ...n(t.baselines, 'SLA baseline', 'SLA baselines'),
    ...n(t.slas, 'item without SLAs', 'items without SLAs'),
  );
  parts.push(...n(t.ipOwners, 'IP owner', 'IP owners'), ...n(t.vendors, 'vendor to choose', 'vendors to choose'));
  parts.push(...n(t.engagements, 'engagement model', 'engagement models'), ...n(t.locations, 'location', 'locations'));
  parts.push(...n(t.inHouseOwners, 'in-house owner of a split', 'in-house owners of splits'));
  return parts.join(', ');
}

/** Drafts a roadmap for the shortlist, in the format `outsource check` reads. */
export async function plan(options: PlanOptions, io: Io): Promise<number> {
  const { method } = await loadMethodFor(options.rules, io);
  const { inventory } = await readInventoryFile(options.file, method, io);
  const assessment = evaluateInventory(inventory, method);

  let card: Scorecard | undefined;
  if (options.vendors !== undefined) {
    const vendorsInput = await readInput(options.vendors, io);
    const vendors = loadVendors(vendorsInput.text, vendorsInput.name);
    if (!vendors.ok) throw new UserError(vendors.errors);
    card = scoreVendors(vendors.value.vendors, vendors.value.where);
  }

  const outPath = options.out === undefined || options.out === '-' ? undefined : resolve(io.cwd, options.out);
  // An inventory read from stdin has no path; the roadmap then names a stand-in to correct.
  const inventoryPath = options.file === '-' ? 'inventory.yaml' : inventoryRef(resolve(io.cwd, options.file), outPath ? dirname(outPath) : io.cwd);
  const draft = draftRoadmap(inventory, assessment, method, { inventoryPath, ...(card ? { vendors: card } : {}) });
  const programme = draftProgramme(draft, assessment, method);
  const yaml = renderRoadmapYaml(draft) + programmeComments(programme, assessment);

  // The draft must be a roadmap `outsource check` can read; anything else is a bug here.
  const reread = loadRoadmap(yaml, options.out ?? '<draft>');
  if (!reread.ok) throw new Error(`the drafted roadmap does not follow the roadmap format: ${reread.errors[0]?.message ?? ''}`);

  if (options.file === '-')
    note(io, 'outsource: the inventory came from stdin, so the roadmap names "inventory.yaml"; correct inventory: before running check\n');
  if (assessment.shortlist.length === 0) note(io, 'outsource: no process passed steps 3 to 5, so the roadmap has no items\n');
  if (outPath === undefined || options.out === undefined || options.out === '-') {
    io.stdout(yaml);
    return EXIT.ok;
  }
  await writeFileAtomic(outPath, yaml, { force: options.force ?? false, shownAs: sanitize(options.out) });
  const waves = new Set(draft.items.map((i) => i.wave)).size;
  io.stdout(
    `wrote ${sanitize(options.out)}: ${draft.items.length} items in ${waves} ${waves === 1 ? 'wave' : 'waves'}, ${draft.vendors.length} ${draft.vendors.length === 1 ? 'vendor' : 'vendors'}\n`,
  );
  io.stdout(`to fill before it passes: ${todoLine(draft)}\n`);
  const money = programmeLine(programme);
  if (money) io.stdout(`${money}\n`);
  io.stdout(`next: outsource check ${sanitize(options.out)}\n`);
  return EXIT.ok;
}
