/** Building and serialising inventories in tests: one in-memory inventory, written as YAML, JSON or CSV. */
import { stringify } from 'yaml';
import type { Inventory, Process } from '../../src/core/inventory/types.js';
import type { Answers, Method } from '../../src/core/method.js';

/**
 * Answers to every criterion of the default method that pass steps 3, 4 and 5
 * without firing a gate, so a test can change one answer and see its effect.
 */
export function passingAnswers(overrides: Record<string, number | boolean | undefined> = {}): Answers {
  const answers: Record<string, number | boolean | undefined> = {
    core_competency: 2,
    vendor_parity: 4,
    benefit: 4,
    regulated: false,
    politically_sensitive: 1,
    compliance_owner: false,
    face_to_face: 1,
    in_progress: false,
    roadmap_undecided: false,
    risk: 2,
    domain_expertise: 2,
    contractual_duty: false,
    cost_of_inaction: 3,
    tech_complexity: 2,
    repetitiveness: 4,
    ...overrides,
  };
  // `undefined` in overrides means "leave this criterion unanswered".
  for (const key of Object.keys(answers)) if (answers[key] === undefined) delete answers[key];
  return answers as Answers;
}

export const proc = (id: string, answers: Answers, extra: Partial<Process> = {}): Process => ({ id, name: `Process ${id}`, answers, ...extra });

export function toYaml(inventory: Inventory): string {
  return stringify(inventory, { lineWidth: 0 });
}

export function toJson(inventory: Inventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}

/** RFC 4180: quote a cell that holds a comma, a quote or a line break, doubling inner quotes. */
export function csvQuote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The documented CSV form: id, name, function, then one column per criterion of the method; empty = unanswered. */
export function toCsv(inventory: Inventory, method: Method, eol = '\n'): string {
  const criteria = method.criteria.map((c) => c.id);
  const lines = [['id', 'name', 'function', ...criteria].join(',')];
  for (const p of inventory.processes) {
    const cells = [p.id, p.name, p.function ?? '', ...criteria.map((id) => (p.answers[id] === undefined ? '' : String(p.answers[id])))];
    lines.push(cells.map(csvQuote).join(','));
  }
  return lines.join(eol) + eol;
}
