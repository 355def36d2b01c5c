import { stringify } from 'yaml';
import { sanitize } from '../../util/sanitize.js';
import type { DraftItem, RoadmapDraft } from './draft.js';

/** Characters a YAML writer leaves raw but a terminal acts on or hides: C1 controls, bidi and invisible format characters. */
const ACTIVE = /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * A scalar as YAML writes it, always on one line; words YAML 1.1 reads as booleans are quoted.
 * Text with characters a terminal would act on is double-quoted with those as \u escapes, so
 * the file shows them and still reads back the same.
 */
export function yamlScalar(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  if (text.includes('\n') || /^(y|n|yes|no|on|off)$/i.test(value) || new RegExp(ACTIVE.source).test(value)) {
    return JSON.stringify(value).replace(ACTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  return text;
}

/** Comment text: one line, control characters made visible. */
const comment = (text: string) => sanitize(text);

function itemYaml(item: DraftItem): string[] {
  const out = [
    `  # ${comment(item.name)}: rank ${item.rank}, score ${item.score.toFixed(1)}${item.keeps !== undefined ? '; split: the execution goes out, the accountable part stays' : ''}`,
    `  - process: ${yamlScalar(item.process)}`,
    `    vendor: ${yamlScalar(item.vendor)}`,
    `    wave: ${item.wave}  # ${comment(item.waveWhy)}`,
    `    engagement: ${item.engagement}  # ${comment(item.engagementTodo ? `TODO: ${item.engagementTodo}` : item.engagementWhy)}`,
    `    location: ${item.location}  # ${comment(item.locationTodo ? `TODO: ${item.locationTodo}` : item.locationWhy)}`,
  ];
  if (item.slas.length === 0) {
    out.push('    slas: []  # TODO: the inventory has no metrics for this process; add metric, unit, baseline and target');
  } else {
    out.push('    slas:');
    for (const sla of item.slas) {
      out.push(
        `      - metric: ${yamlScalar(sla.metric)}${sla.added ? '  # added: every metric in the inventory is about cost; hold the vendor to quality too' : ''}`,
      );
      out.push(`        unit: ${yamlScalar(sla.unit)}`);
      out.push(`        baseline: ${sla.baseline === null ? "null  # TODO: measure today's value before the hand-over" : yamlScalar(sla.baseline)}`);
      out.push(`        target: ${sla.target === null ? 'null  # TODO: the value the vendor commits to' : yamlScalar(sla.target)}`);
    }
  }
  out.push('    ip_owner: null  # TODO: organisation, once the contract says the work remains yours');
  // A split hands out the execution only: someone of yours keeps the accountable part.
  if (item.keeps !== undefined) out.push(`    in_house_owner: null  # TODO: the person or role in-house who keeps this part: ${comment(item.keeps)}`);
  const notes = [item.engagementTodo, item.locationTodo].filter((n): n is string => n !== undefined);
  if (notes.length > 0) out.push(`    notes: ${yamlScalar(`TODO: ${notes.join('; ')}`)}`);
  return out;
}

/** The draft as a roadmap file people edit by hand: every choice explained in a comment beside it. */
export function renderRoadmapYaml(draft: RoadmapDraft): string {
  const out: string[] = [
    '# Outsourcing roadmap drafted by `outsource plan` from the shortlist.',
    '# Fill in every TODO, then run `outsource check` on this file: until then it',
    '# reports exactly the placeholders still to fill.',
    'version: 1',
    `name: ${yamlScalar(draft.name)}`,
    `inventory: ${yamlScalar(draft.inventory)}`,
    'owner: null  # TODO: the person or role in-house who answers for the plan and the vendors (the responsibility stays with you)',
    '',
    '# Room for continuous feedback: strategise, implement, feedback. Proposed; adjust.',
    'review:',
    `  cadence: ${draft.review.cadence}`,
    `  feedback_loop: ${yamlScalar(draft.review.feedback_loop)}`,
    '',
  ];
  if (draft.vendors.length === 0) out.push('vendors: {}');
  else {
    out.push('# One scope per vendor, and one vendor per process.', 'vendors:');
    for (const v of draft.vendors) {
      if (v.placeholder) {
        out.push(`  ${yamlScalar(v.id)}:  # TODO: ${comment(v.why)}; \`outsource vendors FILE\` ranks candidates`);
        out.push('    name: null');
        out.push('    scope: null  # TODO: the functions or processes this vendor is responsible for');
      } else {
        out.push(`  ${yamlScalar(v.id)}:  # ${comment(v.why)}`);
        out.push(`    name: ${yamlScalar(v.name)}`);
        out.push(`    scope: [${(v.scope ?? []).map(yamlScalar).join(', ')}]`);
      }
    }
  }
  out.push('');
  if (draft.items.length === 0) out.push('items: []  # no process passed steps 3 to 5 of the method');
  else {
    out.push('# In hand-over order: wave 1 is non-core, low-risk work; more follows as comfort grows.', 'items:');
    draft.items.forEach((item, i) => {
      if (i > 0) out.push('');
      out.push(...itemYaml(item));
    });
  }
  return `${out.join('\n')}\n`;
}
