import { didYouMean } from '../../util/suggest.js';
import { sanitize, truncate } from '../../util/sanitize.js';
import type { PositionedDocument } from '../parse/yaml-document.js';
import { findInlineIgnores } from './inline.js';
import type { Roadmap } from './schema.js';
import { isIsoDate } from '../parse/iso-date.js';
import type { Finding, Hit, RuleInfo, Suppression } from './types.js';

/** A finding before waivers, with what it is about. */
export interface PendingFinding extends Finding {
  hit: Hit;
}

interface Waiver {
  kind: Suppression['kind'];
  rules: string[];
  process?: string;
  vendor?: string;
  /** Inline comments: the line they apply to. */
  target?: number;
  reason: string;
  expires?: string;
  /** Where the waiver is; for entries of the list, found only when needed. */
  at(): { line: number; column: number };
  /** Waivers of the list: the entry's index, to point at its fields. */
  entry?: number;
  usable: boolean;
  used: Set<string>;
}

export interface WaiverInput {
  file: string;
  text: string;
  doc: PositionedDocument;
  roadmap: Roadmap;
  /** Every rule with its effective severity and state. */
  rules: ReadonlyMap<string, RuleInfo>;
  /** YYYY-MM-DD; a waiver holds up to and including its `expires` day. */
  today: string;
  /** The team's policy (from its configuration); the default accepts both kinds, with or without expiry. */
  policy?: WaiverPolicy;
}

export interface WaiverPolicy {
  /** A waiver without an expiry date waives nothing. */
  requireExpiry?: boolean;
  /** false: `# outsource-ignore` comments waive nothing; only the `waivers:` list does. */
  inline?: boolean;
}

const show = (s: string) => sanitize(truncate(s, 60));

/**
 * Marks the findings that a valid waiver accepts and returns the findings
 * about the waivers themselves: no reason, expired, invalid, or unused. A
 * waiver with a problem waives nothing, so the finding it aimed at stays.
 */
export function applyWaivers(findings: PendingFinding[], input: WaiverInput): PendingFinding[] {
  const { file, doc, rules, today } = input;
  const out: PendingFinding[] = [];
  const report = (rule: string, path: readonly PropertyKey[], at: { line: number; column: number } | undefined, message: string, key = false) => {
    const info = rules.get(rule);
    if (!info?.enabled) return;
    const pos = at ?? doc.locate(path, key) ?? { line: 1, column: 1 };
    out.push({ rule, severity: info.severity, message, file, line: pos.line, column: pos.column, hit: { path, message } });
  };

  const waivers: Waiver[] = [];
  (input.roadmap.waivers ?? []).forEach((w, entry) => {
    const at = () => doc.locate(['waivers', entry]) ?? { line: 1, column: 1 };
    const waiver: Waiver = { kind: 'waiver', rules: [w.rule], reason: w.reason ?? '', at, entry, usable: true, used: new Set() };
    if (w.process !== undefined) waiver.process = w.process;
    if (w.vendor !== undefined) waiver.vendor = w.vendor;
    if (w.expires !== undefined) waiver.expires = w.expires;
    waivers.push(waiver);
  });
  for (const c of findInlineIgnores(input.text)) {
    const pos = { line: c.line, column: c.column };
    const waiver: Waiver = { kind: 'inline', rules: c.rules, reason: c.reason, target: c.target, at: () => pos, usable: true, used: new Set() };
    if (c.expires !== undefined) waiver.expires = c.expires;
    waivers.push(waiver);
  }

  const waivable = [...rules.values()].filter((r) => r.kind === 'built-in' || r.kind === 'custom').map((r) => r.id);
  for (const w of waivers) {
    const inline = w.kind === 'inline' ? w.at() : undefined;
    const fieldPath = (field: string) => ['waivers', w.entry ?? 0, field];
    const label = w.kind === 'inline' ? 'the # outsource-ignore comment' : `the waiver of "${w.rules[0] ?? ''}"`;
    if (w.rules.length === 0) {
      report('waiver-invalid', [], inline, `${label} names no check; write # outsource-ignore CHECK-ID -- reason`);
      w.usable = false;
    }
    for (const id of w.rules) {
      const info = rules.get(id);
      if (info && (info.kind === 'built-in' || info.kind === 'custom')) continue;
      const who = w.kind === 'inline' ? 'the # outsource-ignore comment' : 'the waiver';
      const why = info ? `"${show(id)}", a ${info.kind} rule that cannot be waived` : `"${show(id)}", which is not a check${didYouMean(id, waivable)}`;
      report('waiver-invalid', fieldPath('rule'), inline, `${who} names ${why}; name a check that \`outsource rules\` lists`);
      w.usable = false;
    }
    if (w.expires !== undefined && !isIsoDate(w.expires)) {
      report('waiver-invalid', fieldPath('expires'), inline, `${label} has expiry "${show(w.expires)}"; write the date as expires=YYYY-MM-DD`);
      w.usable = false;
    } else if (w.expires !== undefined && w.expires < today) {
      report('waiver-expired', fieldPath('expires'), inline, `${label} expired on ${w.expires}; fix what it waived or agree a new expiry date`);
      w.usable = false;
    }
    if (w.usable && input.policy?.inline === false && w.kind === 'inline') {
      report('waiver-invalid', [], inline, `${label} waives nothing: the team's configuration turns inline waivers off; add an entry to waivers: instead`);
      w.usable = false;
    } else if (w.usable && input.policy?.requireExpiry && w.expires === undefined) {
      report(
        'waiver-invalid',
        ['waivers', w.entry ?? 0],
        inline,
        `${label} has no expiry date, which the team's configuration requires; add ${w.kind === 'inline' ? 'expires=YYYY-MM-DD' : 'expires: YYYY-MM-DD'}`,
      );
      w.usable = false;
    }
    if (w.reason === '') {
      const hasKey = w.kind === 'waiver' && input.roadmap.waivers?.[w.entry ?? 0]?.reason !== undefined;
      report(
        'waiver-missing-reason',
        hasKey ? fieldPath('reason') : ['waivers', w.entry ?? 0],
        inline,
        w.kind === 'inline'
          ? `${label} gives no reason, so it waives nothing; add "-- why this is accepted"`
          : `${label} gives no reason, so it waives nothing; add reason: why this is accepted`,
        hasKey,
      );
      w.usable = false;
    }
  }

  const byRule = new Map<string, Waiver[]>();
  const byLine = new Map<number, Waiver[]>();
  for (const w of waivers) {
    if (!w.usable) continue;
    if (w.kind === 'inline') push(byLine, w.target ?? 0, w);
    else for (const id of w.rules) push(byRule, id, w);
  }
  const itemLine = (index: number) => doc.locate(['items', index])?.line;
  const vendorLine = (id: string) => doc.locate(['vendors', id], true)?.line;

  for (const finding of findings) {
    const { hit } = finding;
    let waiver: Waiver | undefined;
    if (byLine.size > 0) {
      const lines = [finding.line, hit.item === undefined ? undefined : itemLine(hit.item), hit.vendor === undefined ? undefined : vendorLine(hit.vendor)];
      for (const line of lines) {
        if (line === undefined) continue;
        waiver = byLine.get(line)?.find((w) => w.rules.includes(finding.rule));
        if (waiver) break;
      }
    }
    waiver ??= byRule
      .get(finding.rule)
      ?.find((w) => (w.process === undefined || w.process === hit.process) && (w.vendor === undefined || w.vendor === hit.vendor));
    if (!waiver) continue;
    waiver.used.add(finding.rule);
    const suppression: Suppression = { kind: waiver.kind, reason: waiver.reason, file, ...waiver.at() };
    if (waiver.expires !== undefined) suppression.expires = waiver.expires;
    finding.suppressed = suppression;
  }

  for (const w of waivers) {
    if (!w.usable) continue;
    for (const id of w.rules) {
      if (w.used.has(id)) continue;
      const disabled = rules.get(id)?.enabled === false ? ' (the check is turned off in the rules)' : '';
      const what = [w.process ? `process "${w.process}"` : '', w.vendor ? `vendor "${w.vendor}"` : ''].filter(Boolean).join(' and ');
      const message =
        w.kind === 'inline'
          ? `# outsource-ignore ${id} matches no finding on line ${w.target || 'after it'}${disabled}; remove it or move it above the line it is about`
          : `the waiver of "${id}"${what ? ` for ${what}` : ''} matches no finding${disabled}; remove it or correct what it names`;
      report('waiver-unused', ['waivers', w.entry ?? 0], w.kind === 'inline' ? w.at() : undefined, message);
    }
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
