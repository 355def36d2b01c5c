import { Document, isMap, isSeq } from 'yaml';
import type { Inventory, Process } from '../inventory/types.js';
import type { Method } from '../method.js';
import type { InterviewState } from './state.js';

/** The interview's result in the shape `outsource score` reads. "Don't know" answers are simply absent. */
export function toInventory(state: InterviewState, method: Method): Inventory {
  const processes = state.processes.map((p): Process => {
    const answers: Process['answers'] = {};
    // Criteria in the method's order, so the written file reads like the rules.
    for (const c of method.criteria) {
      const value = p.answers[c.id];
      if (value !== undefined) answers[c.id] = value;
    }
    const out: Process = { id: p.id, name: p.name, answers };
    if (p.function !== undefined) out.function = p.function;
    if (p.metrics && p.metrics.length > 0) out.metrics = p.metrics.map((m) => ({ ...m }));
    if (p.merged_from.length > 0) out.merged_from = [...p.merged_from];
    if (p.volume) out.volume = { ...p.volume };
    return out;
  });
  return state.organisation === undefined ? { processes } : { organisation: state.organisation, processes };
}

/** Key order of a written process: the order the inventory format documents. */
const plain = (p: Process) => {
  const out: Record<string, unknown> = { id: p.id, name: p.name };
  if (p.function !== undefined) out.function = p.function;
  out.answers = p.answers;
  if (p.metrics) out.metrics = p.metrics;
  if (p.merged_from) out.merged_from = p.merged_from;
  if (p.volume) out.volume = p.volume;
  return out;
};

/** YAML (or JSON) text of an inventory; metrics and merged ids are written on one line each, as in the examples. */
export function formatInventory(inventory: Inventory, format: 'yaml' | 'json', header: string): string {
  const data: Record<string, unknown> = {};
  if (inventory.organisation !== undefined) data.organisation = inventory.organisation;
  data.processes = inventory.processes.map(plain);
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  const doc = new Document(data);
  const list = doc.get('processes');
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const metrics = item.get('metrics');
      if (isSeq(metrics)) for (const m of metrics.items) if (isMap(m)) m.flow = true;
      const merged = item.get('merged_from');
      if (isSeq(merged)) merged.flow = true;
    }
  }
  doc.commentBefore = header
    .split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`))
    .join('\n');
  return doc.toString({ lineWidth: 0 });
}
