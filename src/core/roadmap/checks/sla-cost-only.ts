import type { Sla } from '../schema.js';
import type { Check, Hit } from '../types.js';

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
    const hits: Hit[] = [];
    ctx.items.forEach((item, index) => {
      const slas = item.slas ?? [];
      if (slas.length === 0 || !slas.every(isCostSla)) return;
      hits.push({
        path: ['items', index, 'slas'],
        key: true,
        process: item.process,
        vendor: item.vendor,
        item: index,
        message: `every SLA of "${item.process}" is about cost; add one on quality or speed (turnaround, first-time-right rate, on-time delivery)`,
      });
    });
    return hits;
  },
};
