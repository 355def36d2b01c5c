import type { RuleMeta } from './types.js';

/** Findings about the waivers themselves. They cannot be waived, or a waiver could hide its own problems. */
export const WAIVER_RULES: readonly RuleMeta[] = [
  {
    id: 'waiver-missing-reason',
    severity: 'error',
    summary: 'a waiver (an entry of `waivers:` or an `# outsource-ignore` comment) gives no reason; it waives nothing',
    seed: '001',
    fix: 'say why the finding is accepted: `reason:` in the waiver, or `-- reason` at the end of the comment',
  },
  {
    id: 'waiver-expired',
    severity: 'error',
    summary: 'a waiver is past its `expires` date; the finding it waived is back',
    seed: '001',
    fix: 'fix what the finding says, or agree a new date and update `expires`',
  },
  {
    id: 'waiver-invalid',
    severity: 'error',
    summary: 'a waiver names no check, a check id that does not exist or cannot be waived, or an expiry date that is not YYYY-MM-DD',
    seed: '001',
    fix: 'use an id that `outsource rules` lists (the message suggests the closest one) and write dates as YYYY-MM-DD',
  },
  {
    id: 'waiver-unused',
    severity: 'warning',
    summary: 'a waiver matches no finding: the problem was fixed or the waiver names the wrong process, vendor or line',
    seed: '001',
    fix: 'remove the waiver, or correct what it names',
  },
];

/**
 * Problems that stop a roadmap from being checked at all. They are reported
 * on stderr as `file:line:column: message [id]` with exit code 2, and can be
 * neither waived nor turned off.
 */
export const STRUCTURAL_RULES: readonly RuleMeta[] = [
  { id: 'yaml-syntax', severity: 'error', summary: 'the roadmap is not valid YAML', seed: '-', fix: 'fix the YAML at the position shown' },
  {
    id: 'duplicate-key',
    severity: 'error',
    summary: 'a key appears twice in the same mapping, so one of the two values would be silently lost',
    seed: '-',
    fix: 'remove or merge one of the two keys',
  },
  {
    id: 'schema',
    severity: 'error',
    summary: 'the roadmap does not follow the roadmap format: an unknown key, a wrong type, a missing required field, a value out of range',
    seed: '-',
    fix: 'fix the field at the position shown; `outsource schema roadmap` prints the format for editors',
  },
  {
    id: 'inventory-unreadable',
    severity: 'error',
    summary: 'the inventory the roadmap names cannot be read',
    seed: '-',
    fix: 'fix `inventory:`; the path is relative to the roadmap file',
  },
  {
    id: 'inventory-invalid',
    severity: 'error',
    summary: 'the inventory the roadmap names is not a valid inventory',
    seed: '-',
    fix: 'fix the inventory at the position shown (`outsource score INVENTORY` says the same)',
  },
];
