import type { Diagnostic } from '../../core/parse/diagnostics.js';
import { sourceTitle } from '../../core/sources.js';
import type { Finding, RuleInfo, Severity } from '../../core/roadmap/types.js';
import { tokenEndColumn } from './sarif-region.js';
import type { CheckReporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file name as a relative URI reference: forward slashes, each segment percent-encoded. */
export function toUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const absolute = /^[A-Za-z]:\//.test(slashed) ? `/${slashed}` : slashed;
  const encoded = absolute
    .split('/')
    .map((segment, i) => (i === 1 && /^\/[A-Za-z]:/.test(absolute) ? segment : encodeURIComponent(segment)))
    .join('/');
  return absolute.startsWith('/') ? `file://${encoded}` : encoded;
}

/** Relative paths are relative to the repository root: code scanning resolves %SRCROOT% to the checkout. */
const SRCROOT = '%SRCROOT%';
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const uri = toUri(file);
  return uri.startsWith('file://') ? { uri } : { uri, uriBaseId: SRCROOT };
}

const ACRONYMS: Record<string, string> = { ip: 'IP', sla: 'SLA', slas: 'SLAs', yaml: 'YAML', id: 'ID' };

/** A short title from a rule id: `sla-cost-only` -> "SLA cost only". */
export function ruleTitle(id: string): string {
  const words = id
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => ACRONYMS[w] ?? w);
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function sarifRule(rule: RuleInfo, docs: string | undefined) {
  const documented = docs !== undefined && (rule.kind === 'built-in' || rule.kind === 'waiver');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: ruleTitle(rule.id) },
    fullDescription: { text: rule.seed && rule.seed !== '-' ? `${rule.summary} (from "${sourceTitle(rule.seed)}")` : rule.summary },
    help: { text: `How to fix: ${rule.fix}` },
    ...(documented ? { helpUri: `${docs}#${rule.id}` } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity], enabled: rule.enabled },
    properties: { kind: rule.kind, ...(rule.seed ? { seed: rule.seed } : {}) },
  };
}

function sarifResult(f: Finding, ruleIndex: number | undefined, lines: ReadonlyMap<string, string[]>) {
  const region = { startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: tokenEndColumn(lines.get(f.file)?.[f.line - 1], f.column) };
  const result: Record<string, unknown> = {
    ruleId: f.rule,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file), region } }],
  };
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  // Code scanning tracks an alert across commits by these; lines moving keep them.
  if (f.fingerprint !== undefined) result.partialFingerprints = { 'outsourceFinding/v1': f.fingerprint };
  if (f.baseline !== undefined) result.baselineState = f.baseline;
  if (f.suppressed) {
    const s = f.suppressed;
    result.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: s.reason,
        location: { physicalLocation: { artifactLocation: artifactLocation(s.file), region: { startLine: s.line, startColumn: s.column } } },
        ...(s.expires ? { properties: { expires: s.expires, waivedBy: s.kind } } : { properties: { waivedBy: s.kind } }),
      },
    ];
  }
  return result;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the tool driver with
 * every rule, one result per finding with its rule, level, message and
 * physical location. Waived findings carry `suppressions`, so code scanning
 * shows them as dismissed rather than dropping them. A roadmap that could
 * not be checked is a tool execution notification, and the invocation is
 * marked unsuccessful, so code scanning hears of it instead of seeing no alerts.
 */
export const renderSarif: CheckReporter = (report) => {
  const rules = report.rules.filter((r) => r.kind !== 'structural');
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const lines = new Map(report.files.map((f) => [f.file, f.text.split(/\r?\n/)]));
  const docs = report.tool.docs;
  const errors = report.errors ?? [];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(report.tool.home ? { informationUri: report.tool.home } : {}),
            rules: rules.map((r) => sarifRule(r, docs)),
          },
        },
        automationDetails: { id: 'outsource-check/' },
        invocations: [{ executionSuccessful: errors.length === 0, toolExecutionNotifications: errors.map(notification) }],
        artifacts: report.files.map((f) => ({ location: artifactLocation(f.file), mimeType: 'application/yaml' })),
        results: report.findings.map((f) => sarifResult(f, index.get(f.rule), lines)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function notification(d: Diagnostic) {
  const region = d.line === undefined ? {} : { region: { startLine: d.line, startColumn: d.column ?? 1 } };
  return {
    level: 'error',
    message: { text: d.message },
    descriptor: { id: 'could-not-check' },
    ...(d.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file), ...region } }] } : {}),
  };
}
