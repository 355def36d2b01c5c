import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { listRules } from '../../src/core/roadmap/settings.js';
import type { Finding, Severity } from '../../src/core/roadmap/types.js';
import { CHECK_FORMATS, checkReporters } from '../../src/reporters/check/index.js';
import { escapeData, escapeProperty } from '../../src/reporters/check/github.js';
import { toUri } from '../../src/reporters/check/sarif.js';
import { summarize, type CheckReport } from '../../src/reporters/check/types.js';
import { repoRoot } from '../helpers/paths.js';
import { checkFile, junitCases, type JunitDoc, type SarifLog, type SarifResult } from './harness.js';

const BROKEN = join(repoRoot, 'examples', 'roadmap-broken.yaml');
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: Ajv | Ajv2020) => void;
const readJson = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as Record<string, unknown>;

function reportOf(findings: Finding[], failOn: Severity = 'error', file = 'examples/roadmap-broken.yaml'): CheckReport {
  return {
    findings,
    files: [{ file, text: readFileSync(join(repoRoot, file), 'utf8') }],
    rules: listRules(),
    summary: summarize(findings),
    failOn,
    tool: { name: 'outsource', version: '9.9.9' },
  };
}

const broken = () => reportOf(checkFile(BROKEN));
const render = (format: (typeof CHECK_FORMATS)[number], report = broken(), color = false) => checkReporters[format](report, { color });

/** A finding with every character that breaks one format or another. */
const nasty: Finding = {
  rule: 'no-owner',
  severity: 'warning',
  message: 'a <b> & "c" | d, e: 100% \r\n next',
  file: 'dir,with:odd/road map.yaml',
  line: 3,
  column: 7,
};

/** The SARIF 2.1.0 schema as published (draft-04, `id`), read by ajv's draft-07 validator: only `id` differs. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: String(id) });
}

describe('the six formats', () => {
  it('has a reporter for every format the command offers', () => {
    expect(CHECK_FORMATS.sort()).toEqual(['github', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });

  it('json: validates against check-output.schema.json; waived findings are marked and not counted', () => {
    const out = JSON.parse(render('json')) as { findings: (Finding & { suppressed?: unknown })[]; summary: Record<string, number> };
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(readJson('test/schemas/check-output.schema.json'));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(out.findings[0] ?? {})).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'fingerprint']);
    const waived = out.findings.filter((f) => f.suppressed);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({ rule: 'missing-metrics', suppressed: { kind: 'inline', reason: 'baseline is measured during the pilot month' } });
    const counted = out.findings.filter((f) => !f.suppressed);
    expect(out.summary).toEqual({
      error: counted.filter((f) => f.severity === 'error').length,
      warning: counted.filter((f) => f.severity === 'warning').length,
      info: counted.filter((f) => f.severity === 'info').length,
      suppressed: 1,
    });
  });

  it('sarif: validates against the official SARIF 2.1.0 schema, with rules, results, locations and suppressions', () => {
    const log = JSON.parse(render('sarif')) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('outsource');
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toContain('process-not-outsource');
    expect(ruleIds).not.toContain('schema');
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const loc = result.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toBe('examples/roadmap-broken.yaml');
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.startColumn).toBeGreaterThan(0);
    }
    const first = run.results.find((r) => r.ruleId === 'process-not-outsource');
    // The end column is just past the token: `brand-strategy` at column 14.
    expect(first?.locations[0]?.physicalLocation.region).toEqual({ startLine: 38, startColumn: 14, endLine: 38, endColumn: 28 });
    const suppressed = run.results.filter((r: SarifResult) => r.suppressions);
    expect(suppressed.map((r) => r.suppressions?.[0])).toEqual([
      expect.objectContaining({ kind: 'inSource', status: 'accepted', justification: 'baseline is measured during the pilot month' }),
    ]);
  });

  it('sarif: file names become URI references; checks of your own are listed as rules', () => {
    expect(toUri('dir with space/road#map.yaml')).toBe('dir%20with%20space/road%23map.yaml');
    expect(toUri('C:\\work\\roadmap.yaml')).toBe('file:///C:/work/roadmap.yaml');
    expect(toUri('/abs/roadmap.yaml')).toBe('file:///abs/roadmap.yaml');
    const log = JSON.parse(render('sarif', reportOf([nasty]))) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('dir%2Cwith%3Aodd/road%20map.yaml');
  });

  it('junit: well-formed XML; findings at or above --fail-on fail, those below pass, waived ones are skipped', () => {
    const xml = render('junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as JunitDoc;
    const suite = [doc.testsuites.testsuite].flat()[0]!;
    const cases = junitCases(doc);
    const report = broken();
    const errors = report.findings.filter((f) => !f.suppressed && f.severity === 'error').length;
    expect(Number(suite.failures)).toBe(errors);
    expect(cases.filter((c) => c.failure)).toHaveLength(errors);
    expect(cases.filter((c) => c.skipped)).toHaveLength(1);
    expect(Number(suite.tests)).toBe(cases.length);
    const notOwner = cases.find((c) => c.name === 'no-owner at 13:1');
    expect(notOwner?.failure?.type).toBe('error');
    expect(notOwner?.failure?.['#text']).toContain('examples/roadmap-broken.yaml:13:1: error:');
    const warningsFail = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      render('junit', reportOf(report.findings, 'warning')),
    ) as JunitDoc;
    expect(Number([warningsFail.testsuites.testsuite].flat()[0]?.failures)).toBe(report.summary.error + report.summary.warning);
  });

  it('junit: escapes what XML cannot hold as text', () => {
    const xml = render('junit', reportOf([nasty], 'info'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as JunitDoc;
    const failing = junitCases(doc).find((c) => c.failure);
    expect(failing?.failure?.message).toContain('a <b> & "c" | d, e: 100%');
    expect(failing?.classname).toBe('dir,with:odd/road map.yaml');
  });

  it('github: one workflow command per finding, escaped per the rules; waived findings are not annotated', () => {
    const lines = render('github').trimEnd().split('\n');
    const report = broken();
    expect(lines).toHaveLength(report.findings.length - 1 + 1);
    expect(lines[0]).toBe(
      '::error file=examples/roadmap-broken.yaml,line=13,col=1,title=outsource no-owner::the roadmap names no in-house owner; add owner: with the person or role who answers for the outsourced work',
    );
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(report.summary.info);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(report.summary.warning);
    expect(lines.at(-1)).toMatch(/^outsource check: \d+ errors/);
    expect(render('github', reportOf([nasty])).split('\n')[0]).toBe(
      '::warning file=dir%2Cwith%3Aodd/road map.yaml,line=3,col=7,title=outsource no-owner::a <b> & "c" | d, e: 100%25 %0D%0A next',
    );
    expect(escapeData('50%\n')).toBe('50%25%0A');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });

  it('markdown: a table of findings for a pull request, cells escaped, waived findings folded away', () => {
    const md = render('markdown');
    const report = broken();
    expect(md).toMatch(/^### outsource check: \d+ errors, \d+ warnings, \d+ info, 1 waived\n/);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| Severity') && !l.startsWith('| Rule'));
    expect(rows).toHaveLength(report.findings.length);
    expect(md).toContain('<details><summary>1 waived finding</summary>');
    const nastyRow = render('markdown', reportOf([nasty]))
      .split('\n')
      .find((l) => l.includes('no-owner'));
    expect(nastyRow).toContain('a &lt;b&gt; &amp; "c" \\| d, e: 100% \\\\r\\\\n next');
  });

  it('text: grouped by file, the offending line with a caret under the column, no colour unless asked', () => {
    const text = render('text');
    expect(text.includes('\u001b[')).toBe(false);
    expect(text.split('\n')[0]).toBe('examples/roadmap-broken.yaml');
    expect(text).toContain('  38:14    error   process "brand-strategy" has verdict "keep"');
    expect(text).toContain('    38 |   - process: brand-strategy\n       |              ^\n');
    expect(text).toMatch(/waived {2}SLA "on-time delivery"/);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ errors, \d+ warnings, \d+ info, 1 waived \(failing on error\)$/);
    expect(render('text', broken(), true)).toContain('\u001b[31merror');
  });

  it('text: a file without findings says so in one line', () => {
    expect(render('text', reportOf([], 'error', 'examples/roadmap.yaml'))).toBe('✔ examples/roadmap.yaml: no findings\n✔ 0 errors, 0 warnings, 0 info\n');
  });
});
