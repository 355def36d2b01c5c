import type { Sla } from '../schema.js';
import type { Check } from '../types.js';
import { perItem } from './per-item.js';

const COST_WORDS = /\b(costs?|price|pricing|spend(ing)?|savings?|budget|fees?|rate card|invoiced?|billing)\b/i;
const CURRENCY_UNIT = /(^|[^a-z])(eur|usd|gbp|inr|chf|jpy|cny|aud|cad|sek|nok|dkk|pln|czk|huf|sgd|hkd|zar|brl|mxn|php)([^a-z]|$)|[€$£¥₹]/i;

/** An SLA about money: its metric says cost, or its unit is a currency. */
export const isCostSla = (sla: Sla): boolean => COST_WORDS.test(sla.metric) || CURRENCY_UNIT.test(sla.unit);

export const slaCostOnly: Check = {
  id: 'sla-cost-only',
  severity: 'warning',
  summary: 'every SLA of an item is about cost: nothing holds the vendor to quality or speed ("your mess for less")',
  seed: '002',
  fix: 'add at least one SLA on quality or speed, e.g. turnaround in hours, first-time-right rate or on-time delivery in %',
  check(ctx) {
    return perItem(ctx, (item, index) => {
      const slas = item.slas ?? [];
      if (slas.length === 0 || !slas.every(isCostSla)) return;
      return {
        path: ['items', index, 'slas'],
        key: true,
        message: `every SLA of "${item.process}" is about cost; add one on quality or speed (turnaround, first-time-right rate, on-time delivery)`,
      };
    });
  },
};
