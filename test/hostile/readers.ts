/**
 * Every way a command reads a file the user names, so the hostile corpus
 * runs against each one. Add a line here when a command that reads a file lands.
 *
 * PRIMARY readers get the whole corpus: one per loader (inventory, rules,
 * roadmap, comparison matrix, vendors, interview answers). SECONDARY readers
 * reach a loader already covered, through another command or option; they
 * get a sample of the corpus, which is enough to show the command passes the
 * loader's refusal through as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example } from '../helpers/paths.js';
import type { MeasureOptions } from './harness.js';
import { requireTool } from '../helpers/require-tool.js';

export interface Reader {
  label: string;
  /** The command line that makes the command read `file`. */
  args(file: string): string[];
  /** Options of the run; called once per run, so each gets a fresh folder if it needs one. */
  options?(): MeasureOptions;
}

const scratchDirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outsource-reader-'));
  scratchDirs.push(dir);
  return dir;
};
/** Removes the folders the readers made (roadmaps naming a file, the interview's working folders). */
export function removeScratch(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
const AGENCY = example('agency.yaml');

/** assess is an interview: it needs a terminal, and a folder without a saved session. */
const interview = (): MeasureOptions => ({ tty: true, cwd: scratch() });
/** `script` (util-linux) gives the interview its pseudo-terminal; without it those readers cannot run. */
export const ttyAvailable = requireTool('script (util-linux)', spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0);
const whenTty = (readers: Reader[]): Reader[] => (ttyAvailable ? readers : []);

/** A roadmap in a fresh folder whose `inventory:` names the hostile file. */
function roadmapNaming(file: string): string {
  const path = join(scratch(), 'roadmap.yaml');
  const items = '  - { process: ad-adaptations, vendor: v, wave: 1, engagement: project-support, location: nearshore, ip_owner: organisation }';
  writeFileSync(
    path,
    `inventory: ${JSON.stringify(file)}\nowner: Ops\nreview: { cadence: monthly, feedback_loop: true }\nvendors:\n  v: { name: V, scope: [ad adaptations] }\nitems:\n${items}\n`,
  );
  return path;
}

export const PRIMARY: Reader[] = [
  { label: 'score FILE', args: (file) => ['score', file] },
  { label: 'rules --rules FILE', args: (file) => ['rules', '--rules', file] },
  { label: 'check FILE', args: (file) => ['check', file] },
  { label: 'weights --matrix FILE', args: (file) => ['weights', '--matrix', file] },
  { label: 'vendors FILE', args: (file) => ['vendors', file] },
  ...whenTty([{ label: 'assess --answers FILE', args: (file) => ['assess', '--answers', file, '--out', 'inventory.yaml'], options: interview }]),
];

export const SECONDARY: Reader[] = [
  { label: 'score - (stdin)', args: () => ['score', '-'] },
  { label: 'score --rules FILE', args: (file) => ['score', AGENCY, '--rules', file] },
  { label: 'rules test --rules FILE', args: (file) => ['rules', 'test', '--rules', file] },
  { label: 'check --rules FILE', args: (file) => ['check', example('roadmap.yaml'), '--rules', file] },
  { label: 'check (inventory: FILE)', args: (file) => ['check', roadmapNaming(file), '--allow-inventory-outside'] },
  { label: 'diff FILE new', args: (file) => ['diff', file, AGENCY] },
  { label: 'diff old FILE', args: (file) => ['diff', AGENCY, file] },
  { label: 'diff --rules-new FILE', args: (file) => ['diff', AGENCY, '--rules-new', file] },
  { label: 'vendors --weights FILE', args: (file) => ['vendors', example('vendors.yaml'), '--weights', file] },
  { label: 'report FILE', args: (file) => ['report', file] },
  { label: 'report --rules FILE', args: (file) => ['report', AGENCY, '--rules', file] },
  { label: 'plan FILE', args: (file) => ['plan', file] },
  { label: 'plan --vendors FILE', args: (file) => ['plan', AGENCY, '--vendors', file] },
  { label: 'plan --rules FILE', args: (file) => ['plan', AGENCY, '--rules', file] },
  ...whenTty([
    { label: 'assess --inventory FILE', args: (file) => ['assess', '--inventory', file, '--out', 'inventory.yaml'], options: interview },
    { label: 'assess --rules FILE', args: (file) => ['assess', '--rules', file, '--out', 'inventory.yaml'], options: interview },
  ]),
];
