import type { Evaluation } from '../engine/evaluate.js';
import type { Inventory, Process } from '../inventory/types.js';
import type { Method } from '../method.js';
import type { Roadmap, RoadmapItem, RoadmapVendor } from './schema.js';
import type { TrackResult } from '../tracking/track.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** True when `severity` is at or above `threshold`. */
export const atOrAbove = (severity: Severity, threshold: Severity): boolean => SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];

/** Where a waived finding was waived, and why. */
export interface Suppression {
  /** `inline`: an `# outsource-ignore` comment; `waiver`: an entry of `waivers:`. */
  kind: 'inline' | 'waiver';
  reason: string;
  expires?: string;
  file: string;
  line: number;
  column: number;
}

/** One problem in a roadmap, at the YAML node it is about. Lines and columns count from 1. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  /** Present when a waiver accepted the finding: it is shown but does not count. */
  suppressed?: Suppression;
  /** Rule, file and subject, hashed: stable when lines move (baselines, SARIF partialFingerprints). */
  fingerprint?: string;
  /** With a baseline: `unchanged` when the baseline holds it (shown, not counted), else `new`. */
  baseline?: 'new' | 'unchanged';
}

/**
 * What a check returns: the path of the node it is about (the item, the
 * field) and the subject, so that waivers can name a process or a vendor.
 */
export interface Hit {
  path: readonly PropertyKey[];
  /** Point at the key of the last path segment rather than its value. */
  key?: boolean;
  message: string;
  process?: string;
  vendor?: string;
  /** Index of the item the finding is about, for inline comments above the item. */
  item?: number;
}

/** Everything a check may look at; built once per roadmap file. */
export interface CheckContext {
  file: string;
  roadmap: Roadmap;
  items: readonly RoadmapItem[];
  vendors: ReadonlyMap<string, RoadmapVendor | null>;
  inventory: Inventory;
  inventoryFile: string;
  method: Method;
  processes: ReadonlyMap<string, Process>;
  evaluations: ReadonlyMap<string, Evaluation>;
  /** 1-based line of a path, for messages that refer to another node ("also at line 12"). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The SLAs judged against actuals, when `check` was given them (`--actuals` or the roadmap's `tracking.actuals`). */
  tracking?: TrackResult;
}

/** What docs/rules.md says about a rule. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what it catches. */
  summary: string;
  /** The source article(s) it comes from, e.g. "004 step 7; 001". */
  seed: string;
  /** One line: how to fix what it finds. */
  fix: string;
}

/** A built-in check: one file each under checks/, documented in docs/rules.md. */
export interface Check extends RuleMeta {
  check(context: CheckContext): Hit[];
}

/** A rule as reporters and `outsource rules` list it: built-in, waiver, structural or user-defined. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
  fix: string;
  seed?: string;
  kind: 'built-in' | 'waiver' | 'structural' | 'custom';
  enabled: boolean;
}
