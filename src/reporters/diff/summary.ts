import type { DiffResult, RuleChange } from '../../core/diff/diff.js';

/** "3 processes changed: 1 verdict, 1 rank, 1 added, 0 removed; 21 unchanged" */
export function diffSummary(result: DiffResult): string {
  const count = (kind: string) => result.changes.filter((c) => c.change === kind).length;
  const n = result.changes.length;
  return `${n} ${n === 1 ? 'process' : 'processes'} changed: ${count('verdict')} verdict, ${count('rank')} rank, ${count('added')} added, ${count('removed')} removed; ${result.unchanged} unchanged`;
}

export function describeRuleChange(r: RuleChange): string {
  if (r.kind === 'gate')
    return r.from === null
      ? `gate ${r.id} added (${r.to})`
      : r.to === null
        ? `gate ${r.id} removed or disabled (was ${r.from})`
        : `gate ${r.id}: ${r.from} -> ${r.to}`;
  if (r.kind === 'weight') return `${r.id} weighs ${r.from ?? 'nothing'} -> ${r.to ?? 'nothing'} of the score`;
  return `${r.id}: ${r.from} -> ${r.to} the score`;
}
