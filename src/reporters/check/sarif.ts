import { sourceTitle } from '../../core/sources.js';
import type { Finding, RuleInfo, Severity } from '../../core/roadmap/types.js';
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

function sarifRule(rule: RuleInfo) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.seed && rule.seed !== '-' ? `${rule.summary} (from "${sourceTitle(rule.seed)}")` : rule.summary },
    help: { text: `How to fix: ${rule.fix}` },
    defaultConfiguration: { level: LEVEL[rule.severity], enabled: rule.enabled },
    properties: { kind: rule.kind, ...(rule.seed ? { seed: rule.seed } : {}) },
  };
}

function sarifResult(f: Finding, ruleIndex: number | undefined) {
  const region = { startLine: f.line, startColumn: f.column };
  const result: Record<string, unknown> = {
    ruleId: f.rule,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.file) }, region } }],
  };
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  if (f.suppressed) {
    const s = f.suppressed;
    result.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: s.reason,
        location: { physicalLocation: { artifactLocation: { uri: toUri(s.file) }, region: { startLine: s.line, startColumn: s.column } } },
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
 * shows them as dismissed rather than dropping them.
 */
export const renderSarif: CheckReporter = (report) => {
  const rules = report.rules.filter((r) => r.kind !== 'structural');
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules: rules.map(sarifRule) } },
        artifacts: report.files.map((f) => ({ location: { uri: toUri(f.file) }, mimeType: 'application/yaml' })),
        results: report.findings.map((f) => sarifResult(f, index.get(f.rule))),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
